// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace clv {

/// What went wrong. Core returns codes plus context; user-facing text is made by the UI (ui/text/ErrorText)
/// or by the CLI from these codes. `detail` is for logs and developers.
enum class ErrorCode {
    InvalidArgument,  ///< an option or parameter is out of range (detail names it)
    FileNotFound,     ///< `file` does not exist
    FileRead,         ///< `file` exists but cannot be read
    FileWrite,        ///< `file` cannot be created or written
    Parse,            ///< bad content at `file`:`line`:`column`
    NoData,           ///< the input holds nothing usable (e.g. no valid rows, no orders in the project)
    NotAProject,      ///< `file` is not a CLV Workbench project (foreign SQLite file or not SQLite at all)
    SchemaTooNew,     ///< the project was written by a newer version of the application
    Corrupt,          ///< SQLite integrity check failed
    Database,         ///< any other SQLite error (detail has sqlite3_errmsg)
    Cancelled,        ///< the caller's stop token was triggered; nothing was changed
    Internal,         ///< a broken invariant; a bug
};

/// Stable machine name of a code ("parse", "not-a-project", ...), used in JSON output and logs.
std::string_view errorCodeName(ErrorCode code);

/// An error value. `line` and `column` are 1-based; 0 means "not applicable".
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string detail;
    std::string file;
    long line = 0;
    int column = 0;

    /// One line for logs and the CLI: "file:line:column: detail" with the parts that are set.
    std::string toString() const;
};

}  // namespace clv
