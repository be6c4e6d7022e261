// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include "CliArgs.h"

#include <filesystem>
#include <fstream>

namespace clv::cli {

int usageError(std::ostream& err, const char* command, const std::string& message)
{
    err << "clv " << command << ": " << message << "\nRun 'clv " << command << " --help' for usage.\n";
    return kExitUsage;
}

int runtimeError(std::ostream& err, const char* command, const Error& error)
{
    err << "clv " << command << ": error: " << error.toString() << '\n';
    return kExitFailure;
}

bool parseDateOption(const CliArgs& args, const char* name, std::optional<Date>& out, std::string& error)
{
    if (auto v = args.value(name)) {
        out = Date::parse(*v);
        if (!out || v->size() != 10) {
            error = "--" + std::string(name) + " must be a date like 2024-12-31, got '" + *v + "'";
            return false;
        }
    }
    return true;
}

Result<void> writeFileAtomically(const std::string& path, const std::string& content)
{
    const std::string tmp = path + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return fail(ErrorCode::FileWrite, "cannot create the file", path);
        out << content;
        if (!out.flush())
            return fail(ErrorCode::FileWrite, "write failed", path);
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec)
        return fail(ErrorCode::FileWrite, ec.message(), path);
    return {};
}

}  // namespace clv::cli
