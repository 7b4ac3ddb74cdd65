// Ui::OverrideDialog — asks for a forecast override: the periods it covers, set or scale, the
// value and the reason (required), with what it changes shown before it is made.
//
// GUI thread only. The dialog only edits an Override; the caller stores it.
#pragma once

#include "forecast/ForecastStore.h"
#include "forecast/Overrides.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Stockshift::Ui {

class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    /// `buckets`: the series' forecast; `first`/`last`: the preselected rows; `value`: the
    /// proposed quantity per bucket (a set override) or < 0 for a scale override of ×1.
    OverrideDialog(const std::vector<Forecast::ForecastBucket> &buckets, int first, int last,
                   double value, const QString &series, QWidget *parent = nullptr);

    /// The override as edited (location and SKU left for the caller).
    Forecast::Override result() const;

    // For tests and for callers that fill it in programmatically.
    void setReason(const QString &reason);
    void setScale(double factor);

private:
    void updatePreview();

    std::vector<Forecast::ForecastBucket> m_buckets;
    QComboBox *m_from, *m_to;
    QRadioButton *m_set, *m_scale;
    QDoubleSpinBox *m_value;
    QLineEdit *m_reason;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace Stockshift::Ui
