// Ui::PlanExplanation — a plan line's `why` (Plan::PlanLine::why, written by the planners) in
// words for the planner: the deficit the line covers, the surplus it draws on, the costs weighed
// against each other and the constraints that bound it; for the rules' lines, what the rule saw.
//
// Reads only the fields documented in solvers/plan/Planner.h (deficit, surplus, rounding, costs,
// binding, laneLoad; rule, rank, score, need, position, reorderPoint). A field that is missing
// or not a number is left out of the sentence rather than shown as 0, "nan" or raw JSON; an
// unknown binding name is still listed, in its own words.
//
// Money is written in `currency`, the company currency (ISO 4217; empty: plain numbers).
//
// Pure functions, GUI thread (numbers through QLocale()).
#pragma once

#include "plan/PlanTypes.h"

#include <QString>
#include <QStringList>

namespace Stockshift::Ui::PlanExplanation {

/// The explanation as paragraphs of plain text (a title first).
QStringList paragraphs(const Plan::PlanLine &line, const Plan::PlanHeader &header,
                       const QString &currency);
/// The same as HTML for a QTextBrowser (codes in bold).
QString html(const Plan::PlanLine &line, const Plan::PlanHeader &header, const QString &currency);
/// One short sentence for a tooltip or a table cell ("covers a deficit of 120 units; lane full").
QString summary(const Plan::PlanLine &line);

} // namespace Stockshift::Ui::PlanExplanation
