// SPDX-License-Identifier: MIT
#include "ui/import/ImportReportCsv.h"

#include "ui/import/ImportRoleText.h"
#include "ui/text/ErrorText.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

QString ImportReportCsv::field(const QString& value, bool text)
{
    QString out = value;
    if (text && !out.isEmpty()) {
        const QChar first = out.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            out.prepend(u'\'');
    }
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(u"\""_s, u"\"\""_s);
        out = u'"' + out + u'"';
    }
    return out;
}

bool ImportReportCsv::write(const QString& path, const std::vector<clv::ImportReport>& reports, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    QString text = QStringLiteral("\uFEFF");
    text += u"file,line,column,field,value,reason,explanation\r\n"_s;
    for (const clv::ImportReport& report : reports) {
        const QString fileName = field(QFileInfo(QString::fromStdString(report.file)).fileName());
        for (const clv::ImportIssue& issue : report.issues) {
            text += fileName + u',' + QString::number(issue.line) + u',' + QString::number(issue.column) + u',' +
                    field(QString::fromStdString(issue.field)) + u',' + field(QString::fromStdString(issue.value)) +
                    u',' + field(QString::fromStdString(issue.reason)) + u',' +
                    field(ErrorText::issueReason(issue.reason)) + u"\r\n"_s;
        }
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

}  // namespace clv::ui
