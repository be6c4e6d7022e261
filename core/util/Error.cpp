// SPDX-License-Identifier: MIT
#include "core/util/Error.h"

namespace clv {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::FileNotFound: return "file-not-found";
    case ErrorCode::FileRead: return "file-read";
    case ErrorCode::FileWrite: return "file-write";
    case ErrorCode::Parse: return "parse";
    case ErrorCode::NoData: return "no-data";
    case ErrorCode::NotAProject: return "not-a-project";
    case ErrorCode::SchemaTooNew: return "schema-too-new";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::Database: return "database";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

std::string Error::toString() const
{
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0)
                out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    out += detail.empty() ? std::string(errorCodeName(code)) : detail;
    return out;
}

}  // namespace clv
