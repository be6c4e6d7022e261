# SPDX-License-Identifier: MIT
# The import wizard (issue 4). Owned by the import area.
target_sources(clv_ui PRIVATE
    import/ImportDialectPage.cpp import/ImportDialectPage.h
    import/ImportFilesPage.cpp import/ImportFilesPage.h
    import/ImportFormatsPage.cpp import/ImportFormatsPage.h
    import/ImportIssueModel.cpp import/ImportIssueModel.h
    import/ImportJobs.cpp import/ImportJobs.h
    import/ImportMappingPage.cpp import/ImportMappingPage.h
    import/ImportMappingRoles.cpp import/ImportMappingRoles.h
    import/ImportPreviewModel.cpp import/ImportPreviewModel.h
    import/ImportReportCsv.cpp import/ImportReportCsv.h
    import/ImportRoleText.cpp import/ImportRoleText.h
    import/ImportRunPage.cpp import/ImportRunPage.h
    import/ImportSetup.h
    import/ImportValidationPage.cpp import/ImportValidationPage.h
    import/ImportWizard.cpp import/ImportWizard.h
)
