// SPDX-License-Identifier: MIT
#include "ui/text/ErrorText.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

QString ErrorText::fileName(const clv::Error& error)
{
    return QDir::toNativeSeparators(QString::fromStdString(error.file));
}

QString ErrorText::location(long line, int column)
{
    if (line > 0 && column > 0)
        return tr("line %1, column %2").arg(line).arg(column);
    if (line > 0)
        return tr("line %1").arg(line);
    return {};
}

QString ErrorText::message(const clv::Error& error)
{
    const QString file = fileName(error);
    const bool hasFile = !file.isEmpty();
    switch (error.code) {
    case ErrorCode::InvalidArgument:
        return tr("A setting is not valid: %1.").arg(QString::fromStdString(error.detail));
    case ErrorCode::FileNotFound:
        return hasFile ? tr("The file “%1” does not exist.").arg(file) : tr("The file does not exist.");
    case ErrorCode::FileRead:
        return hasFile ? tr("The file “%1” could not be read. Check that it exists and that you may read it.").arg(file)
                       : tr("The file could not be read.");
    case ErrorCode::FileWrite:
        return hasFile ? tr("The file “%1” could not be written. Check the folder's permissions and free disk space.")
                             .arg(file)
                       : tr("The file could not be written.");
    case ErrorCode::Parse: {
        const QString where = location(error.line, error.column);
        if (hasFile && !where.isEmpty())
            return tr("“%1” could not be read at %2: %3.").arg(file, where, QString::fromStdString(error.detail));
        if (hasFile)
            return tr("“%1” could not be read: %2.").arg(file, QString::fromStdString(error.detail));
        return tr("The input could not be read: %1.").arg(QString::fromStdString(error.detail));
    }
    case ErrorCode::NoData:
        return hasFile ? tr("“%1” contains no usable orders.").arg(file) : tr("There are no orders to analyse yet.");
    case ErrorCode::NotAProject:
        return hasFile ? tr("“%1” is not a CLV Workbench project.").arg(file)
                       : tr("The file is not a CLV Workbench project.");
    case ErrorCode::SchemaTooNew:
        return tr("“%1” was saved by a newer version of CLV Workbench. Update the application to open it.").arg(file);
    case ErrorCode::Corrupt:
        return tr("The project “%1” is damaged: the database integrity check failed. Restore it from a backup.")
            .arg(file);
    case ErrorCode::Database:
        return hasFile ? tr("The project “%1” could not be read or written (database error).").arg(file)
                       : tr("A database error occurred.");
    case ErrorCode::Cancelled:
        return tr("The operation was cancelled. Nothing was changed.");
    case ErrorCode::Internal:
        break;
    }
    return tr("An internal error occurred. This is a bug in CLV Workbench; please report it with the details below.");
}

QString ErrorText::details(const clv::Error& error)
{
    return u"[%1] %2"_s.arg(QString::fromStdString(std::string(errorCodeName(error.code))),
                            QString::fromStdString(error.toString()));
}

QString ErrorText::issueReason(const std::string& reason)
{
    if (reason == "bad-date")
        return tr("not a valid date");
    if (reason == "bad-amount")
        return tr("not a valid amount");
    if (reason == "missing-customer-id")
        return tr("customer id is empty");
    if (reason == "ragged-row")
        return tr("wrong number of fields");
    if (reason == "unterminated-quote")
        return tr("quote is not closed");
    if (reason == "excluded-status")
        return tr("excluded by the preset (status)");
    if (reason == "bad-cancel-date")
        return tr("not a valid cancel date");
    if (reason == "cancel-before-start")
        return tr("ends before it starts");
    if (reason == "bad-quantity")
        return tr("not a valid quantity");
    if (reason == "bad-unit-price")
        return tr("not a valid unit price");
    if (reason == "bad-refund-amount")
        return tr("not a valid refund amount");
    if (reason == "bad-refund-date")
        return tr("not a valid refund date");
    if (reason == "missing-amount")
        return tr("amount is empty");
    if (reason == "part-of-rejected-order")
        return tr("another row of this order was rejected");
    return QString::fromStdString(reason);
}

}  // namespace clv::ui
