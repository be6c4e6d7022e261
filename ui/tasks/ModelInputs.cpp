// SPDX-License-Identifier: MIT
#include "ui/tasks/ModelInputs.h"

#include "core/storage/ModelResultStore.h"

namespace clv::ui {

ModelGroups modelGroups(const ProjectData& data)
{
    ModelGroups groups;
    if (data.summary && data.rfm && data.rfm->customers.size() == data.summary->rows.size()) {
        groups.count = data.rfm->segments.size();
        groups.labels.reserve(data.rfm->customers.size());
        for (const auto& customer : data.rfm->customers)
            groups.labels.push_back(static_cast<std::uint32_t>(customer.segment));
        for (const auto& segment : data.rfm->segments)
            groups.names.push_back(segment.name);
    } else {
        groups.names.push_back("All customers");
    }
    return groups;
}

std::uint64_t modelInputSignature(const ProjectData& data)
{
    if (!data.summary)
        return 0;
    const ModelGroups groups = modelGroups(data);
    const std::vector<clv::RfmObservation> observations = clv::toObservations(*data.summary);
    return clv::modelstore::inputSignature(observations, groups.labels, groups.names, data.summary->options.unit);
}

}  // namespace clv::ui
