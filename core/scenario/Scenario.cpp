#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stockshift::Scenarios {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Scenarios", text);
}

} // namespace

bool Scenario::sameContent(const Scenario &o) const
{
    return name == o.name && description == o.description && parentName == o.parentName
           && createdAt == o.createdAt && createdBy == o.createdBy && solver == o.solver
           && budgetPerBucket == o.budgetPerBucket && policyRules == o.policyRules
           && policyOverrides == o.policyOverrides && skuCosts == o.skuCosts && sites == o.sites
           && lanes == o.lanes && suppliers == o.suppliers
           && forecastOverrides == o.forecastOverrides && tierConfigJson == o.tierConfigJson
           && edits == o.edits && results == o.results;
}

QString editKindName(EditKind kind)
{
    switch (kind) {
    case EditKind::DemandFactor:
        return QStringLiteral("demand");
    case EditKind::CloseLane:
        return QStringLiteral("close-lane");
    case EditKind::LeadTimePlus:
        return QStringLiteral("lead-time");
    case EditKind::BudgetFactor:
        return QStringLiteral("budget");
    case EditKind::NewSite:
        return QStringLiteral("new-site");
    }
    return QStringLiteral("unknown");
}

QString describeEdit(const WhatIfEdit &e)
{
    const QLocale locale;
    switch (e.kind) {
    case EditKind::DemandFactor: {
        QString scope = e.scope;
        if (e.scope == QLatin1String("region"))
            scope = tr("region");
        else if (e.scope == QLatin1String("category"))
            scope = tr("category");
        else if (e.scope == QLatin1String("sku"))
            scope = tr("SKU");
        else if (e.scope == QLatin1String("location"))
            scope = tr("location");
        return tr("Demand ×%1 in %2 %3").arg(locale.toString(e.value, 'f', 2), scope, e.target);
    }
    case EditKind::CloseLane:
        return tr("Lane %1 → %2 closed").arg(e.target, e.target2);
    case EditKind::LeadTimePlus:
        return tr("Supplier %1: lead time %2 days")
            .arg(e.target, (e.value >= 0 ? QStringLiteral("+") : QString())
                               + locale.toString(e.value, 'f', 1));
    case EditKind::BudgetFactor:
        return tr("Budget %1%")
            .arg((e.value >= 1 ? QStringLiteral("+") : QString())
                 + locale.toString(100.0 * (e.value - 1.0), 'f', 0));
    case EditKind::NewSite:
        return tr("New micro-fulfilment site %1 (like %2, capacity %3, %4% of its demand)")
            .arg(e.target, e.target2,
                 e.value < 0 ? tr("unlimited") : locale.toString(e.value, 'f', 0),
                 locale.toString(100.0 * e.share, 'f', 0));
    }
    return tr("Unknown edit");
}

} // namespace Stockshift::Scenarios
