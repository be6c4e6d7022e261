// SPDX-License-Identifier: MIT
#pragma once

#include "ui/import/ImportJobs.h"

#include "core/import/ImportPresets.h"
#include "core/import/OrderImporter.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace clv::ui {

/// What the import wizard's pages have decided so far, shared by all pages (owned by ImportWizard). Each page
/// writes its part when the user leaves it; later pages read it when they are entered.
struct ImportSetup {
    ImportTarget target;
    QStringList files;                             ///< absolute paths, imported in this order with one setup
    clv::ImportOptions options;                    ///< dialect, encoding, mapping (preset) and value formats
    std::optional<clv::ImportProfile> preview;     ///< header + first records of files.front() (dialect page)
    std::optional<clv::ImportProfile> profile;     ///< full pass with the mapping (formats page)
    std::vector<clv::ImportPreset> userPresets;    ///< saved in the project
    std::optional<clv::ImportPreset> saveAsPreset; ///< the mapping to store as a named preset with the import
    std::shared_ptr<const std::vector<clv::ImportReport>> dryRun;  ///< validation page
    std::shared_ptr<const std::vector<clv::ImportReport>> imported;  ///< run page, after success

    /// The built-in or user preset with that id, or nullptr.
    const clv::ImportPreset* findPreset(const std::string& id) const
    {
        for (const clv::ImportPreset& preset : userPresets)
            if (preset.id == id)
                return &preset;
        return clv::findBuiltinPreset(id);
    }

    /// The preset the mapping chose (options.presetDefinition, else options.preset by id), or nullptr.
    const clv::ImportPreset* chosenPreset() const
    {
        if (options.presetDefinition)
            return &*options.presetDefinition;
        return options.preset.empty() ? nullptr : findPreset(options.preset);
    }

    /// The chosen preset reads subscriptions (into the subscriptions table) rather than orders.
    bool importsSubscriptions() const
    {
        const clv::ImportPreset* preset = chosenPreset();
        return preset && preset->kind == "subscriptions";
    }
};

}  // namespace clv::ui
