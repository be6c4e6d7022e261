// SPDX-License-Identifier: MIT
// The built-in presets, from the real export headers described in shared/reference/import-and-desktop.md (section B).
#include "core/import/BuiltinPresets.h"

namespace clv::importdetail {
namespace {

using Names = std::vector<std::string>;

PresetColumn col(ColumnRole role, Names names, bool required = false)
{
    return PresetColumn{role, std::move(names), required};
}

ImportPreset base(const char* id, const char* name, const char* kind = "orders")
{
    ImportPreset p;
    p.id = id;
    p.name = name;
    p.kind = kind;
    p.builtin = true;
    return p;
}

const Names kGenericCustomer{"customer_id", "customer", "client_id", "client", "user_id", "buyer_id", "customer_email",
                             "email", "member_id", "account_id", "客户ID", "客户编号", "客户", "会员ID", "用户ID"};
const Names kGenericDate{"order_date", "date", "created_at", "created", "ordered_at", "purchase_date",
                         "transaction_date", "invoice_date", "created_date_utc", "created_utc", "paid_at", "timestamp",
                         "订单日期", "日期", "下单时间", "创建时间", "交易日期"};

ImportPreset shopify()
{
    ImportPreset p = base("shopify-orders", "Shopify orders");
    p.columns = {col(ColumnRole::Customer, {"Email"}, true), col(ColumnRole::OrderId, {"Name"}, true),
                 col(ColumnRole::Date, {"Created at"}, true), col(ColumnRole::Amount, {"Total"}, true),
                 col(ColumnRole::Status, {"Financial Status"}), col(ColumnRole::RefundAmount, {"Refunded Amount"})};
    p.signature = {"Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Subtotal", "Total",
                   "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Billing Name"};
    p.groupLines = true;
    p.amountOnFirstRow = true;
    p.excludeStatuses = {"expired", "voided"};
    return p;
}

ImportPreset stripePayments()
{
    ImportPreset p = base("stripe-payments", "Stripe payments");
    p.columns = {col(ColumnRole::Customer, {"Customer ID"}, true), col(ColumnRole::CustomerFallback, {"Customer Email"}),
                 col(ColumnRole::OrderId, {"id"}), col(ColumnRole::Date, {"Created date (UTC)", "Created (UTC)"}, true),
                 col(ColumnRole::Amount, {"Amount"}, true), col(ColumnRole::Status, {"Status"}),
                 col(ColumnRole::RefundAmount, {"Amount Refunded"}), col(ColumnRole::RefundDate, {"Refunded date (UTC)"})};
    p.signature = {"id", "Created date (UTC)", "Amount", "Amount Refunded", "Currency", "Captured", "Converted Amount",
                   "Fee", "Mode", "PaymentIntent ID", "Seller Message", "Status", "Customer ID", "Customer Email"};
    p.excludeStatuses = {"failed", "requires_payment_method", "requires_action", "requires_confirmation", "canceled",
                         "incomplete", "blocked"};
    return p;
}

ImportPreset stripeSubscriptions()
{
    ImportPreset p = base("stripe-subscriptions", "Stripe subscriptions", "subscriptions");
    p.columns = {col(ColumnRole::Customer, {"Customer ID"}, true), col(ColumnRole::CustomerFallback, {"Customer Email"}),
                 col(ColumnRole::SubscriptionId, {"id"}), col(ColumnRole::Plan, {"Plan", "Product", "Interval"}),
                 col(ColumnRole::Amount, {"Amount"}, true),
                 col(ColumnRole::StartDate, {"Start Date (UTC)", "Start (UTC)", "Created (UTC)"}, true),
                 col(ColumnRole::CancelDate, {"Ended At (UTC)", "Canceled At (UTC)"}), col(ColumnRole::Status, {"Status"})};
    p.signature = {"id", "Customer ID", "Customer Email", "Status", "Cancellation Reason", "Amount", "Interval",
                   "Start Date (UTC)", "Current Period Start (UTC)", "Current Period End (UTC)", "Canceled At (UTC)",
                   "Ended At (UTC)"};
    p.excludeStatuses = {"incomplete", "incomplete_expired"};
    return p;
}

ImportPreset woocommerce()
{
    ImportPreset p = base("woocommerce-orders", "WooCommerce orders");
    p.columns = {col(ColumnRole::Customer, {"customer_id", "billing_email", "Customer", "Client", "Kunde", "客户"}, true),
                 col(ColumnRole::OrderId, {"Order #", "order_number", "order_id", "Commande n°", "Bestellung #", "订单号"}),
                 col(ColumnRole::Date, {"Date", "order_date", "日期"}, true),
                 col(ColumnRole::Amount, {"Net sales", "order_total", "Ventes nettes", "Nettoumsatz", "净销售额"}, true),
                 col(ColumnRole::Status, {"Status", "État", "状态"})};
    p.signature = {"Date", "Order #", "Status", "Customer", "Customer type", "Product(s)", "Items sold", "Coupon(s)",
                   "Net sales", "Commande n°", "État", "Type de client", "Ventes nettes", "order_number",
                   "order_total", "billing_email"};
    p.excludeStatuses = {"failed", "cancelled", "pending payment", "pending", "draft", "checkout-draft", "échoué",
                         "annulée", "en attente", "已取消", "失败"};
    p.refundStatuses = {"refunded", "remboursée", "已退款"};
    return p;
}

ImportPreset square()
{
    ImportPreset p = base("square-transactions", "Square transactions");
    p.columns = {col(ColumnRole::Customer, {"Customer ID"}, true), col(ColumnRole::OrderId, {"Transaction ID"}, true),
                 col(ColumnRole::Date, {"Date"}, true), col(ColumnRole::Amount, {"Net Sales"}, true),
                 col(ColumnRole::EventType, {"Event Type"})};
    p.signature = {"Date", "Time", "Time Zone", "Gross Sales", "Discounts", "Net Sales", "Tax", "Tip",
                   "Total Collected", "Transaction ID", "Payment ID", "Event Type", "Customer ID", "Customer Name"};
    p.refundStatuses = {"refund"};
    return p;
}

ImportPreset onlineRetail(bool second)
{
    ImportPreset p = second ? base("uci-online-retail-ii", "UCI Online Retail II")
                            : base("uci-online-retail", "UCI Online Retail");
    p.columns = {col(ColumnRole::Customer, {second ? "Customer ID" : "CustomerID"}, true),
                 col(ColumnRole::OrderId, {second ? "Invoice" : "InvoiceNo"}, true),
                 col(ColumnRole::Date, {"InvoiceDate"}, true), col(ColumnRole::Quantity, {"Quantity"}, true),
                 col(ColumnRole::UnitPrice, {second ? "Price" : "UnitPrice"}, true)};
    p.signature = second ? Names{"Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
                                 "Customer ID", "Country"}
                         : Names{"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                                 "CustomerID", "Country"};
    p.groupLines = true;
    p.cancelPrefix = "C";
    p.stripDecimalZeroFromCustomer = true;
    return p;
}

ImportPreset genericOrders()
{
    ImportPreset p = base("generic-orders", "Generic orders");
    p.generic = true;
    p.columns = {col(ColumnRole::Customer, kGenericCustomer, true), col(ColumnRole::Date, kGenericDate, true),
                 col(ColumnRole::Amount, {"amount", "total", "order_total", "revenue", "total_price", "grand_total",
                                          "value", "order_value", "sales", "net_sales", "dollar_value", "line_total",
                                          "金额", "订单金额", "实付金额", "总额", "销售额"}),
                 col(ColumnRole::Quantity, {"quantity", "qty", "数量"}),
                 col(ColumnRole::UnitPrice, {"unit_price", "price", "单价"}),
                 col(ColumnRole::OrderId, {"order_id", "order_number", "order_no", "invoice_no", "invoice", "invoice_id",
                                           "transaction_id", "order", "id", "订单号", "订单编号", "订单ID"}),
                 col(ColumnRole::Status, {"status", "order_status", "状态"})};
    p.groupLines = true;
    p.excludeStatuses = {"failed", "cancelled", "canceled", "void", "voided"};
    p.refundStatuses = {"refund", "refunded", "return", "returned"};
    return p;
}

ImportPreset genericSubscriptions()
{
    ImportPreset p = base("generic-subscriptions", "Generic subscriptions", "subscriptions");
    p.generic = true;
    p.columns = {col(ColumnRole::Customer, kGenericCustomer, true),
                 col(ColumnRole::SubscriptionId, {"subscription_id", "subscription", "id", "订阅ID"}),
                 col(ColumnRole::Plan, {"plan", "plan_name", "product", "tier", "套餐"}),
                 col(ColumnRole::Amount, {"price", "amount", "monthly_price", "mrr", "fee", "价格", "金额"}, true),
                 col(ColumnRole::StartDate, {"start_date", "started_at", "start", "signup_date", "created_at",
                                             "开始日期"}, true),
                 col(ColumnRole::CancelDate, {"cancel_date", "cancelled_at", "canceled_at", "end_date", "ended_at",
                                              "churn_date", "取消日期", "结束日期"}),
                 col(ColumnRole::Status, {"status", "状态"})};
    p.excludeStatuses = {"incomplete", "incomplete_expired", "trial_expired"};
    return p;
}

}  // namespace

std::vector<ImportPreset> makeBuiltinPresets()
{
    return {shopify(),         stripePayments(),      stripeSubscriptions(), woocommerce(),          square(),
            onlineRetail(false), onlineRetail(true), genericOrders(),       genericSubscriptions()};
}

}  // namespace clv::importdetail
