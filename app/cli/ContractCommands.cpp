// SPDX-License-Identifier: MIT
// Commands of the contractual models and backtests area: sbg, backtest.
#include "Commands.h"
#include "ContractCommands.h"

namespace clv::cli {

std::vector<Command> contractCommands()
{
    return {
        {"sbg", "fit the shifted-beta-geometric churn model per monthly subscription cohort",
         "Usage: clv sbg --project P.clvw [--end YYYY-MM-DD] [--periods N] [--discount R] [--format text|json]\n\n"
         "Groups the project's subscriptions by the calendar month they started in, counts for each subscription\n"
         "the months it lasted (a cancellation in month k, or at the k-th renewal date, ends the lifetime in month\n"
         "k; subscriptions still active at the end are right-censored after their last renewal) and fits the\n"
         "shifted-beta-geometric model (Fader & Hardie 2007) per cohort and over all subscriptions, by maximum\n"
         "likelihood. Prints alpha and beta with standard errors, convergence, the survival projected for the next\n"
         "months, the discounted expected lifetime of a new subscriber (DEL) and the mean discounted expected\n"
         "residual lifetime of the active ones (DERL), both in monthly payments. Subscriptions come from\n"
         "clv import of a subscriptions export (e.g. one written by clv simulate --kind subscriptions).\n\n"
         "  --project P     the project file\n"
         "  --end DATE      observation end (default: the latest start or cancellation date)\n"
         "  --periods N     months of projected survival after each cohort's observed months (default 12)\n"
         "  --discount R    discount rate per month, > 0 (default 0.01)\n"
         "  --format F      text (default) or json\n",
         runSbgFit},
        {"backtest", "calibration/holdout backtest of a repeat-purchase model (BG/NBD, MBG/NBD, Pareto/NBD)",
         "Usage: clv backtest --project P.clvw --calibration-end YYYY-MM-DD [--end YYYY-MM-DD]\n"
         "                    [--model bgnbd|mbgnbd|pareto] [--unit day|week|month] [--format text|json]\n\n"
         "Fits the model on the orders up to the calibration end (lifetimes definitions, same-day orders merged)\n"
         "and compares its predictions for the holdout (after the calibration end up to --end) with what\n"
         "happened: mean holdout purchases per calibration frequency 0..6 and 7+, expected vs actual; the\n"
         "aggregate error; the customer-level mean absolute and root mean squared error; and the cumulative\n"
         "repeat purchases per time unit over calibration and holdout, expected vs actual.\n\n"
         "  --project P           the project file\n"
         "  --calibration-end D   last day of the calibration period\n"
         "  --end D               last day of the holdout (default: the last order date)\n"
         "  --model M             bgnbd (default), mbgnbd or pareto\n"
         "  --unit U              time unit of the fit and of the tracking steps: week (default), day or month\n"
         "  --format F            text (default) or json\n",
         runBacktestCommand},
    };
}

}  // namespace clv::cli
