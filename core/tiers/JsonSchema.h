// Tiers::JsonSchema — checks a JSON value against a JSON Schema (draft 2020-12), for the subset
// of keywords Stockshift's shipped schemas use:
//   type (a name or a list of names; "integer" = a number without fraction), const, enum,
//   properties, required, additionalProperties (false or a schema), items, minItems, maxItems,
//   minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern
//   (QRegularExpression, unanchored as in JSON Schema), $ref to "#/$defs/NAME".
// Annotation keywords ($schema, $id, title, description) are ignored. Any other keyword is an
// error of the schema itself (so that a schema never silently checks less than it says).
//
// Plain function; any thread.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Stockshift::Tiers::JsonSchema {

/// Problems of `value` against `schema`, each as "<JSON pointer>: <what is wrong>" ("/tiers/0/
/// key: does not match the pattern ^[a-z]+$"); empty when the value is valid. Problems of the
/// schema itself are reported with the pointer "schema".
QStringList validate(const QJsonValue &value, const QJsonObject &schema);

} // namespace Stockshift::Tiers::JsonSchema
