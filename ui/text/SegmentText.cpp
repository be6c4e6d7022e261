// SPDX-License-Identifier: MIT
#include "ui/text/SegmentText.h"

#include <QCoreApplication>

#include <cstring>

namespace clv::ui {
namespace {

// Every name core's segment maps use (core/metrics/RfmPresets.cpp), for lupdate and the lookup below.
constexpr const char* kContext = "SegmentNames";
constexpr const char* kKnown[] = {
    QT_TRANSLATE_NOOP("SegmentNames", "Champions"),
    QT_TRANSLATE_NOOP("SegmentNames", "Loyal"),
    QT_TRANSLATE_NOOP("SegmentNames", "Potential loyalists"),
    QT_TRANSLATE_NOOP("SegmentNames", "New"),
    QT_TRANSLATE_NOOP("SegmentNames", "Promising"),
    QT_TRANSLATE_NOOP("SegmentNames", "Need attention"),
    QT_TRANSLATE_NOOP("SegmentNames", "About to sleep"),
    QT_TRANSLATE_NOOP("SegmentNames", "At risk"),
    QT_TRANSLATE_NOOP("SegmentNames", "Can't lose"),
    QT_TRANSLATE_NOOP("SegmentNames", "Hibernating"),
    QT_TRANSLATE_NOOP("SegmentNames", "Premium"),
    QT_TRANSLATE_NOOP("SegmentNames", "Repeat"),
    QT_TRANSLATE_NOOP("SegmentNames", "Top Spender"),
    QT_TRANSLATE_NOOP("SegmentNames", "At Risk"),
    QT_TRANSLATE_NOOP("SegmentNames", "Inactive"),
    QT_TRANSLATE_NOOP("SegmentNames", "Other"),
    QT_TRANSLATE_NOOP("SegmentNames", "Potential Loyalist"),
    QT_TRANSLATE_NOOP("SegmentNames", "Loyal Customers"),
    QT_TRANSLATE_NOOP("SegmentNames", "New Customers"),
    QT_TRANSLATE_NOOP("SegmentNames", "Can't Lose Them"),
    QT_TRANSLATE_NOOP("SegmentNames", "Need Attention"),
    QT_TRANSLATE_NOOP("SegmentNames", "About To Sleep"),
    QT_TRANSLATE_NOOP("SegmentNames", "Lost"),
    QT_TRANSLATE_NOOP("SegmentNames", "Others"),
    QT_TRANSLATE_NOOP("SegmentNames", "All customers"),
};

}  // namespace

QString segmentDisplayName(const std::string& name)
{
    for (const char* known : kKnown)
        if (name == known)
            return QCoreApplication::translate(kContext, known);
    return QString::fromStdString(name);
}

}  // namespace clv::ui
