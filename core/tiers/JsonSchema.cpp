#include "tiers/JsonSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Stockshift::Tiers::JsonSchema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Tiers::JsonSchema", text);
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::isfinite(v.toDouble())
               && std::floor(v.toDouble()) == v.toDouble();
    return typeOf(v) == type;
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeOf(v);
}

class Validator
{
public:
    explicit Validator(const QJsonObject &root)
        : m_root(root)
    {}

    void check(const QJsonValue &v, const QJsonObject &schema, const QString &pointer, int depth)
    {
        if (depth > 64) {
            schemaProblem(tr("references nest deeper than 64 levels"));
            return;
        }
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            const QString key = it.key();
            const QJsonValue s = it.value();
            if (key == QLatin1String("$schema") || key == QLatin1String("$id")
                || key == QLatin1String("title") || key == QLatin1String("description")
                || key == QLatin1String("$defs")) {
                continue;
            } else if (key == QLatin1String("$ref")) {
                const QString ref = s.toString();
                const QString prefix = QStringLiteral("#/$defs/");
                const QJsonValue target = m_root.value(QStringLiteral("$defs"))
                                              .toObject()
                                              .value(ref.mid(prefix.size()));
                if (!ref.startsWith(prefix) || !target.isObject())
                    schemaProblem(tr("unknown reference %1").arg(ref));
                else
                    check(v, target.toObject(), pointer, depth + 1);
            } else if (key == QLatin1String("type")) {
                QStringList types;
                if (s.isArray())
                    for (const QJsonValue &t : s.toArray())
                        types.append(t.toString());
                else
                    types.append(s.toString());
                bool any = false;
                for (const QString &t : types)
                    any = any || hasType(v, t);
                if (!any)
                    problem(pointer, tr("is %1, not %2").arg(typeOf(v), types.join(tr(" or "))));
            } else if (key == QLatin1String("const")) {
                if (v != s)
                    problem(pointer, tr("must be %1, not %2").arg(shown(s), shown(v)));
            } else if (key == QLatin1String("enum")) {
                if (!s.toArray().contains(v)) {
                    QStringList allowed;
                    for (const QJsonValue &e : s.toArray())
                        allowed.append(shown(e));
                    problem(pointer, tr("must be one of %1, not %2")
                                         .arg(allowed.join(QStringLiteral(", ")), shown(v)));
                }
            } else if (key == QLatin1String("properties")) {
                if (!v.isObject())
                    continue;
                const QJsonObject props = s.toObject();
                const QJsonObject o = v.toObject();
                for (auto p = props.begin(); p != props.end(); ++p)
                    if (o.contains(p.key()))
                        check(o.value(p.key()), p.value().toObject(),
                              pointer + QLatin1Char('/') + p.key(), depth);
            } else if (key == QLatin1String("required")) {
                if (!v.isObject())
                    continue;
                for (const QJsonValue &r : s.toArray())
                    if (!v.toObject().contains(r.toString()))
                        problem(pointer, tr("lacks the required member \"%1\"").arg(r.toString()));
            } else if (key == QLatin1String("additionalProperties")) {
                if (!v.isObject())
                    continue;
                const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
                const QJsonObject o = v.toObject();
                for (auto m = o.begin(); m != o.end(); ++m) {
                    if (props.contains(m.key()))
                        continue;
                    if (s.isBool() && !s.toBool())
                        problem(pointer, tr("has the unknown member \"%1\"").arg(m.key()));
                    else if (s.isObject())
                        check(m.value(), s.toObject(), pointer + QLatin1Char('/') + m.key(), depth);
                }
            } else if (key == QLatin1String("items")) {
                if (!v.isArray())
                    continue;
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i)
                    check(a.at(i), s.toObject(), pointer + QLatin1Char('/') + QString::number(i),
                          depth);
            } else if (key == QLatin1String("minItems") || key == QLatin1String("maxItems")) {
                if (!v.isArray())
                    continue;
                const qsizetype n = v.toArray().size();
                const bool min = key == QLatin1String("minItems");
                if (min ? n < s.toInteger() : n > s.toInteger())
                    problem(pointer, (min ? tr("has %1 items, fewer than %2")
                                          : tr("has %1 items, more than %2"))
                                         .arg(n)
                                         .arg(s.toInteger()));
            } else if (key == QLatin1String("minimum") || key == QLatin1String("maximum")
                       || key == QLatin1String("exclusiveMinimum")
                       || key == QLatin1String("exclusiveMaximum")) {
                if (!v.isDouble())
                    continue;
                const double x = v.toDouble(), bound = s.toDouble();
                bool bad = false;
                QString what;
                if (key == QLatin1String("minimum")) {
                    bad = x < bound;
                    what = tr("is below the minimum %1");
                } else if (key == QLatin1String("maximum")) {
                    bad = x > bound;
                    what = tr("is above the maximum %1");
                } else if (key == QLatin1String("exclusiveMinimum")) {
                    bad = x <= bound;
                    what = tr("must be above %1");
                } else {
                    bad = x >= bound;
                    what = tr("must be below %1");
                }
                if (bad)
                    problem(pointer, shown(v) + QLatin1Char(' ') + what.arg(shown(s)));
            } else if (key == QLatin1String("minLength") || key == QLatin1String("maxLength")) {
                if (!v.isString())
                    continue;
                const qsizetype n = v.toString().size();
                const bool min = key == QLatin1String("minLength");
                if (min ? n < s.toInteger() : n > s.toInteger())
                    problem(pointer, (min ? tr("is shorter than %1 characters")
                                          : tr("is longer than %1 characters"))
                                         .arg(s.toInteger()));
            } else if (key == QLatin1String("pattern")) {
                if (!v.isString())
                    continue;
                const QRegularExpression re(s.toString());
                if (!re.isValid())
                    schemaProblem(tr("invalid pattern %1").arg(s.toString()));
                else if (!re.match(v.toString()).hasMatch())
                    problem(pointer,
                            tr("%1 does not match the pattern %2").arg(shown(v), s.toString()));
            } else {
                schemaProblem(tr("unsupported keyword \"%1\"").arg(key));
            }
        }
    }

    QStringList problems;

private:
    void problem(const QString &pointer, const QString &what)
    {
        problems.append((pointer.isEmpty() ? QStringLiteral("/") : pointer) + QStringLiteral(": ")
                        + what);
    }
    void schemaProblem(const QString &what)
    {
        const QString text = QStringLiteral("schema: ") + what;
        if (!problems.contains(text))
            problems.append(text);
    }

    const QJsonObject &m_root;
};

} // namespace

QStringList validate(const QJsonValue &value, const QJsonObject &schema)
{
    Validator v(schema);
    v.check(value, schema, QString(), 0);
    return v.problems;
}

} // namespace Stockshift::Tiers::JsonSchema
