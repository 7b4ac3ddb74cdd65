#include "scenario/ScenarioFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSysInfo>
#include <QXmlStreamReader>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <algorithm>
#include <cmath>
#include <istream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace Stockshift::Scenarios {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Scenarios", text);
}

const QByteArray kMagic("STOCKSCN");
constexpr quint8 kBinaryEncoding = 1;
constexpr quint8 kLittleEndianFlag = 1;
const QByteArray kXmlRootClose("</stockshift_scenario>");

// Thrown inside the archive code when a file breaks a limit or a rule; caught in
// decodePayload() with Boost's own exceptions, never beyond this file.
struct FormatError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The stream being loaded, so that counts and lengths can be checked against the bytes that
// are left: a list of N elements needs at least 8·N bytes (every element holds a number of 8
// bytes, or in XML its tags), a string of N bytes needs N. Set by decodePayload() for the
// duration of one load on this thread.
struct LoadContext
{
    std::istream *stream = nullptr;
    qint64 size = 0;
    unsigned classVersion = 0; // the Scenario class version Boost read
};
thread_local LoadContext *t_load = nullptr;

qint64 bytesLeft()
{
    if (!t_load || !t_load->stream)
        return 0;
    const std::streamoff at = t_load->stream->tellg();
    return at < 0 ? 0 : t_load->size - qint64(at);
}

template<class Archive>
constexpr bool isXml()
{
    return std::is_same_v<
               Archive, boost::archive::
                            xml_oarchive> || std::is_same_v<Archive, boost::archive::xml_iarchive>;
}

// Strings: UTF-8. Binary: u32 length and the bytes (Boost's own std::string loading would
// resize to whatever length the file claims before reading a byte). XML: the element's text,
// bounded by the file's size.
template<class Archive>
void text(Archive &ar, const char *name, QString &value)
{
    if constexpr (isXml<Archive>()) {
        std::string s;
        if constexpr (Archive::is_saving::value)
            s = value.toStdString();
        ar &boost::serialization::make_nvp(name, s);
        if constexpr (Archive::is_loading::value) {
            if (s.size() > kMaxStringBytes)
                throw FormatError("string too long");
            value = QString::fromStdString(s);
        }
    } else if constexpr (Archive::is_saving::value) {
        const QByteArray utf8 = value.toUtf8();
        if (utf8.size() > qsizetype(kMaxStringBytes))
            throw FormatError("string too long");
        const std::uint32_t length = std::uint32_t(utf8.size());
        ar << length;
        if (length > 0)
            ar.save_binary(utf8.constData(), length);
    } else {
        std::uint32_t length = 0;
        ar >> length;
        if (length > kMaxStringBytes || qint64(length) > bytesLeft())
            throw FormatError("string length out of bounds");
        QByteArray utf8(qsizetype(length), Qt::Uninitialized);
        if (length > 0)
            ar.load_binary(utf8.data(), length);
        value = QString::fromUtf8(utf8);
    }
}

// Doubles: raw IEEE in binary; in XML as text with 17 significant digits, NaN and infinities
// spelled out (an std::istream cannot read back the "nan" it writes).
template<class Archive>
void real(Archive &ar, const char *name, double &value)
{
    if constexpr (isXml<Archive>()) {
        std::string s;
        if constexpr (Archive::is_saving::value)
            s = std::isnan(value)   ? std::string("nan")
                : std::isinf(value) ? std::string(value > 0 ? "inf" : "-inf")
                                    : QByteArray::number(value, 'g', 17).toStdString();
        ar &boost::serialization::make_nvp(name, s);
        if constexpr (Archive::is_loading::value) {
            if (s == "nan") {
                value = std::numeric_limits<double>::quiet_NaN();
            } else if (s == "inf" || s == "-inf") {
                value = s == "inf" ? std::numeric_limits<double>::infinity()
                                   : -std::numeric_limits<double>::infinity();
            } else {
                bool ok = false;
                value = QByteArray::fromStdString(s).toDouble(&ok);
                if (!ok)
                    throw FormatError("not a number");
            }
        }
    } else {
        ar &boost::serialization::make_nvp(name, value);
    }
}

template<class Archive, class T>
void num(Archive &ar, const char *name, T &value)
{
    static_assert(std::is_integral_v<T> && sizeof(T) >= 4, "fixed-width integers only");
    ar &boost::serialization::make_nvp(name, value);
}

template<class Archive>
void flag(Archive &ar, const char *name, bool &value)
{
    // One byte in binary, 0/1 in XML; any other byte is a corrupt file, not "true".
    std::int32_t v = value ? 1 : 0;
    ar &boost::serialization::make_nvp(name, v);
    if constexpr (Archive::is_loading::value) {
        if (v != 0 && v != 1)
            throw FormatError("bad flag");
        value = v == 1;
    }
}

// The parts of a scenario are serialized inline (no class information of their own): the
// format version is the Scenario's and is passed down, so one number says what a file holds.

template<class Archive>
void fields(Archive &ar, PolicyRule &r, unsigned)
{
    text(ar, "scope", r.scope);
    text(ar, "parameters", r.parametersJson);
}

template<class Archive>
void fields(Archive &ar, PolicyOverride &r, unsigned)
{
    text(ar, "location", r.locationCode);
    text(ar, "sku", r.skuCode);
    text(ar, "parameters", r.parametersJson);
    text(ar, "reason", r.reason);
}

template<class Archive>
void fields(Archive &ar, SkuCost &r, unsigned)
{
    text(ar, "code", r.code);
    real(ar, "unitCost", r.unitCost);
    real(ar, "unitPrice", r.unitPrice);
}

template<class Archive>
void fields(Archive &ar, SiteSetting &r, unsigned)
{
    text(ar, "code", r.code);
    text(ar, "name", r.name);
    text(ar, "kind", r.kind);
    text(ar, "region", r.region);
    real(ar, "latitude", r.latitude);
    real(ar, "longitude", r.longitude);
    real(ar, "capacityUnits", r.capacityUnits);
    real(ar, "handlingCost", r.handlingCost);
    flag(ar, "active", r.active);
}

template<class Archive>
void fields(Archive &ar, LaneSetting &r, unsigned)
{
    text(ar, "from", r.from);
    text(ar, "to", r.to);
    text(ar, "mode", r.mode);
    real(ar, "costPerUnit", r.costPerUnit);
    real(ar, "fixedCost", r.fixedCost);
    real(ar, "leadTimeDays", r.leadTimeDays);
    real(ar, "capacity", r.capacity);
    flag(ar, "active", r.active);
}

template<class Archive>
void fields(Archive &ar, SupplierSetting &r, unsigned)
{
    text(ar, "code", r.code);
    real(ar, "leadTimeDays", r.leadTimeDays);
    real(ar, "leadTimeSdDays", r.leadTimeSdDays);
    real(ar, "orderCost", r.orderCost);
    real(ar, "capacity", r.capacity);
    flag(ar, "active", r.active);
}

template<class Archive>
void fields(Archive &ar, ForecastOverride &r, unsigned)
{
    text(ar, "location", r.locationCode);
    text(ar, "sku", r.skuCode);
    num(ar, "startDay", r.startDay);
    num(ar, "endDay", r.endDay);
    text(ar, "mode", r.mode);
    real(ar, "value", r.value);
    text(ar, "reason", r.reason);
    if constexpr (Archive::is_loading::value) {
        if (r.mode != QLatin1String("set") && r.mode != QLatin1String("scale"))
            throw FormatError("bad override mode");
    }
}

template<class Archive>
void fields(Archive &ar, SolverSettings &r, unsigned)
{
    text(ar, "kind", r.kind);
    text(ar, "method", r.method);
    num(ar, "horizon", r.horizon);
    num(ar, "bucketDays", r.bucketDays);
    real(ar, "timeLimitSeconds", r.timeLimitSeconds);
    real(ar, "relativeGap", r.relativeGap);
    real(ar, "truckUnits", r.truckUnits);
    real(ar, "safetyPenaltyShare", r.safetyPenaltyShare);
    real(ar, "holdingRate", r.holdingRate);
    num(ar, "evaluationRuns", r.evaluationRuns);
    num(ar, "seed", r.seed);
}

template<class Archive>
void fields(Archive &ar, WhatIfEdit &r, unsigned version)
{
    std::int32_t kind = std::int32_t(r.kind);
    num(ar, "kind", kind);
    // A new site is a format 2 edit: in a version 1 file it is corruption.
    const std::int32_t kinds = version >= 2 ? kEditKindCount : std::int32_t(EditKind::NewSite);
    if (kind < 0 || kind >= kinds)
        throw FormatError("unknown edit kind");
    r.kind = EditKind(kind);
    text(ar, "scope", r.scope);
    text(ar, "target", r.target);
    text(ar, "target2", r.target2);
    real(ar, "value", r.value);
    if (version >= 2)
        real(ar, "share", r.share);
}

template<class Archive>
void fields(Archive &ar, Kpis &r, unsigned)
{
    real(ar, "totalCost", r.totalCost);
    real(ar, "fillRate", r.fillRate);
    real(ar, "inventoryValue", r.inventoryValue);
    real(ar, "daysOfInventory", r.daysOfInventory);
    real(ar, "expiringUnits", r.expiringUnits);
    num(ar, "transfers", r.transfers);
    num(ar, "purchaseOrders", r.purchaseOrders);
    real(ar, "transferUnits", r.transferUnits);
    real(ar, "purchaseUnits", r.purchaseUnits);
    real(ar, "purchaseValue", r.purchaseValue);
    real(ar, "lostUnits", r.lostUnits);
    real(ar, "demandUnits", r.demandUnits);
    real(ar, "healthScore", r.healthScore);
}

template<class Archive>
void fields(Archive &ar, ForecastSummary &r, unsigned)
{
    num(ar, "runId", r.runId);
    num(ar, "series", r.series);
    real(ar, "demandUnits", r.demandUnits);
    real(ar, "demandValue", r.demandValue);
}

template<class Archive>
void fields(Archive &ar, PlanSummary &r, unsigned)
{
    text(ar, "status", r.status);
    real(ar, "objective", r.objective);
    real(ar, "gap", r.gap);
    real(ar, "seconds", r.seconds);
    real(ar, "planCost", r.planCost);
    num(ar, "lines", r.lines);
}

template<class Archive>
void fields(Archive &ar, SimulationSummary &r, unsigned version)
{
    num(ar, "runs", r.runs);
    real(ar, "demand", r.demand);
    real(ar, "served", r.served);
    real(ar, "lost", r.lost);
    if (version >= 2) {
        real(ar, "transport", r.transport);
        real(ar, "fixed", r.fixed);
        real(ar, "ordering", r.ordering);
        real(ar, "holding", r.holding);
        real(ar, "lostMargin", r.lostMargin);
        real(ar, "totalCostSd", r.totalCostSd);
    }
}

template<class Archive>
void fields(Archive &ar, SkuResult &r, unsigned)
{
    text(ar, "code", r.code);
    real(ar, "demand", r.demand);
    real(ar, "transferUnits", r.transferUnits);
    real(ar, "purchaseUnits", r.purchaseUnits);
    real(ar, "purchaseValue", r.purchaseValue);
    real(ar, "safetyStock", r.safetyStock);
    real(ar, "expiringUnsold", r.expiringUnsold);
}

// A part of the scenario as an XML element (or a run of bytes): no class information, no
// tracking — its layout is given by the scenario's version.
template<class T>
struct Part
{
    T &value;
    unsigned version;
    template<class Archive>
    void serialize(Archive &ar, unsigned)
    {
        fields(ar, value, version);
    }
};

// A list: u32 count, then the elements. Loading checks the count against kMaxCollection and the
// bytes left before it reserves anything, and reserves little: elements are read one by one.
template<class T>
struct List
{
    std::vector<T> &values;
    unsigned version;
    template<class Archive>
    void serialize(Archive &ar, unsigned)
    {
        std::uint32_t count = std::uint32_t(values.size());
        if constexpr (Archive::is_saving::value) {
            if (values.size() > kMaxCollection)
                throw FormatError("too many elements");
        }
        ar &boost::serialization::make_nvp("count", count);
        if constexpr (Archive::is_loading::value) {
            if (count > kMaxCollection || 8 * qint64(count) > bytesLeft())
                throw FormatError("element count out of bounds");
            values.clear();
            values.reserve(std::min<std::uint32_t>(count, 1024));
            for (std::uint32_t i = 0; i < count; ++i) {
                T value{};
                Part<T> part{value, version};
                ar &boost::serialization::make_nvp("item", part);
                values.push_back(std::move(value));
            }
        } else {
            for (T &value : values) {
                Part<T> part{value, version};
                ar &boost::serialization::make_nvp("item", part);
            }
        }
    }
};

template<class Archive>
void serializeScenario(Archive &ar, Scenario &s, unsigned version)
{
    if constexpr (Archive::is_loading::value) {
        if (version < kOldestFormatVersion || version > kFormatVersion)
            throw FormatError("unknown class version");
        if (t_load)
            t_load->classVersion = version;
    }
    const auto part = [&](const char *name, auto &value) {
        Part<std::remove_reference_t<decltype(value)>> p{value, version};
        ar &boost::serialization::make_nvp(name, p);
    };
    const auto list = [&](const char *name, auto &values) {
        List<typename std::remove_reference_t<decltype(values)>::value_type> l{values, version};
        ar &boost::serialization::make_nvp(name, l);
    };
    text(ar, "name", s.name);
    text(ar, "description", s.description);
    text(ar, "parent", s.parentName);
    text(ar, "createdAt", s.createdAt);
    text(ar, "createdBy", s.createdBy);
    part("solver", s.solver);
    real(ar, "budgetPerBucket", s.budgetPerBucket);
    list("policyRules", s.policyRules);
    list("policyOverrides", s.policyOverrides);
    list("skuCosts", s.skuCosts);
    list("sites", s.sites);
    list("lanes", s.lanes);
    list("suppliers", s.suppliers);
    list("forecastOverrides", s.forecastOverrides);
    if (version >= 2)
        text(ar, "tierConfig", s.tierConfigJson);
    list("edits", s.edits);

    Results &r = s.results;
    flag(ar, "ran", r.present);
    text(ar, "ranAt", r.ranAt);
    real(ar, "seconds", r.seconds);
    text(ar, "warnings", r.warnings);
    part("forecast", r.forecast);
    part("plan", r.plan);
    part("simulation", r.simulation);
    part("kpis", r.kpis);
    if (version >= 2)
        list("skuResults", r.skus);
}

// The top-level object: Scenario at the current class version; LegacyV1 writes the same with
// class version 1, exactly as the build of format 1 did.
struct Current
{
    Scenario &scenario;
    template<class Archive>
    void serialize(Archive &ar, unsigned version)
    {
        serializeScenario(ar, scenario, version);
    }
};
struct LegacyV1
{
    Scenario &scenario;
    template<class Archive>
    void serialize(Archive &ar, unsigned version)
    {
        serializeScenario(ar, scenario, version);
    }
};

} // namespace
} // namespace Stockshift::Scenarios

// Parts and lists carry no class information; the top-level objects carry the version.
namespace boost::serialization {
template<class T>
struct implementation_level<Stockshift::Scenarios::Part<T>>
{
    typedef mpl::integral_c_tag tag;
    typedef mpl::int_<object_serializable> type;
    BOOST_STATIC_CONSTANT(int, value = object_serializable);
};
template<class T>
struct tracking_level<Stockshift::Scenarios::Part<T>>
{
    typedef mpl::integral_c_tag tag;
    typedef mpl::int_<track_never> type;
    BOOST_STATIC_CONSTANT(int, value = track_never);
};
template<class T>
struct implementation_level<Stockshift::Scenarios::List<T>>
{
    typedef mpl::integral_c_tag tag;
    typedef mpl::int_<object_serializable> type;
    BOOST_STATIC_CONSTANT(int, value = object_serializable);
};
template<class T>
struct tracking_level<Stockshift::Scenarios::List<T>>
{
    typedef mpl::integral_c_tag tag;
    typedef mpl::int_<track_never> type;
    BOOST_STATIC_CONSTANT(int, value = track_never);
};
} // namespace boost::serialization

BOOST_CLASS_VERSION(Stockshift::Scenarios::Current, Stockshift::Scenarios::kFormatVersion)
BOOST_CLASS_TRACKING(Stockshift::Scenarios::Current, boost::serialization::track_never)
BOOST_CLASS_VERSION(Stockshift::Scenarios::LegacyV1, 1)
BOOST_CLASS_TRACKING(Stockshift::Scenarios::LegacyV1, boost::serialization::track_never)

namespace Stockshift::Scenarios {

namespace {

unsigned boostLibraryVersion()
{
    return unsigned(boost::archive::BOOST_ARCHIVE_VERSION());
}

bool hostIsLittleEndian()
{
    return QSysInfo::ByteOrder == QSysInfo::LittleEndian;
}

constexpr unsigned kArchiveFlags = boost::archive::no_header | boost::archive::no_codecvt;

Result<QByteArray> writePayload(const Scenario &scenario, Encoding encoding,
                                std::uint32_t formatVersion)
{
    try {
        std::ostringstream out(std::ios::binary);
        Scenario copy = scenario; // the archive interface takes non-const objects
        {
            if (encoding == Encoding::Binary) {
                boost::archive::binary_oarchive ar(out, kArchiveFlags);
                if (formatVersion == 1) {
                    LegacyV1 top{copy};
                    ar << boost::serialization::make_nvp("scenario", top);
                } else {
                    Current top{copy};
                    ar << boost::serialization::make_nvp("scenario", top);
                }
            } else {
                boost::archive::xml_oarchive ar(out, kArchiveFlags);
                if (formatVersion == 1) {
                    LegacyV1 top{copy};
                    ar << boost::serialization::make_nvp("scenario", top);
                } else {
                    Current top{copy};
                    ar << boost::serialization::make_nvp("scenario", top);
                }
            }
        }
        const std::string bytes = out.str();
        if (qint64(bytes.size()) > kMaxFileBytes)
            return Error(tr("The scenario is too large to be saved (%1 MB; at most %2 MB).")
                             .arg(qint64(bytes.size()) >> 20)
                             .arg(kMaxFileBytes >> 20),
                         QStringLiteral("too-large"));
        return QByteArray(bytes.data(), qsizetype(bytes.size()));
    } catch (const std::exception &e) {
        return Error(tr("The scenario could not be encoded: %1").arg(QString::fromUtf8(e.what())),
                     QStringLiteral("encode"));
    }
}

QByteArray wrap(const QByteArray &payload, Encoding encoding, std::uint32_t formatVersion)
{
    const QByteArray hash = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    if (encoding == Encoding::Xml) {
        QByteArray file = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        file += "<!-- A Stockshift scenario. Do not edit: the checksum covers the content. -->\n";
        file += "<stockshift_scenario format=\"" + QByteArray::number(formatVersion) + "\" boost=\""
                + QByteArray::number(boostLibraryVersion()) + "\" bytes=\""
                + QByteArray::number(payload.size()) + "\" sha256=\"" + hash.toHex() + "\">";
        file += payload;
        file += kXmlRootClose + '\n';
        return file;
    }
    QByteArray file;
    QDataStream s(&file, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::BigEndian);
    s.writeRawData(kMagic.constData(), int(kMagic.size()));
    s << quint16(formatVersion) << kBinaryEncoding
      << quint8(hostIsLittleEndian() ? kLittleEndianFlag : 0) << quint16(boostLibraryVersion())
      << quint16(0) << quint64(payload.size());
    s.writeRawData(hash.constData(), int(hash.size()));
    file += payload;
    return file;
}

Error corrupt(const QString &why)
{
    return Error(tr("The scenario file is damaged or not a scenario file: %1").arg(why),
                 QStringLiteral("corrupt"));
}

struct Envelope
{
    Encoding encoding = Encoding::Binary;
    std::uint32_t formatVersion = 0;
    unsigned boostVersion = 0;
    QByteArray payload;
    QByteArray sha256;
};

Result<Envelope> unwrap(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return Error(tr("The scenario file is too large (%1 MB; at most %2 MB).")
                         .arg(bytes.size() >> 20)
                         .arg(kMaxFileBytes >> 20),
                     QStringLiteral("too-large"));
    Envelope e;
    if (bytes.startsWith(kMagic)) {
        if (bytes.size() < kHeaderBytes)
            return corrupt(tr("the header is cut short."));
        QDataStream s(bytes);
        s.setByteOrder(QDataStream::BigEndian);
        s.skipRawData(int(kMagic.size()));
        quint16 version = 0, boost = 0, reserved = 0;
        quint8 encoding = 0, flags = 0;
        quint64 length = 0;
        s >> version >> encoding >> flags >> boost >> reserved >> length;
        e.formatVersion = version;
        // The version first: a newer file's layout is unknown, so nothing else can be judged.
        if (version > kFormatVersion)
            return Error(newerFormatMessage(version), QStringLiteral("format-too-new"));
        if (version < kOldestFormatVersion)
            return corrupt(tr("unknown format version %1.").arg(version));
        if (encoding != kBinaryEncoding)
            return corrupt(tr("unknown encoding %1.").arg(encoding));
        if (bool(flags & kLittleEndianFlag) != hostIsLittleEndian())
            return Error(tr("The scenario file was written on a computer with a different byte "
                            "order; save it as XML there to open it here."),
                         QStringLiteral("byte-order"));
        e.sha256 = bytes.mid(kHeaderBytes - 32, 32);
        if (length != quint64(bytes.size() - kHeaderBytes))
            return corrupt(tr("it is %1 bytes long where its header says %2.")
                               .arg(bytes.size() - kHeaderBytes)
                               .arg(length));
        e.boostVersion = boost;
        e.payload = bytes.mid(kHeaderBytes);
        e.encoding = Encoding::Binary;
        return e;
    }
    if (bytes.startsWith("<?xml")) {
        static const QRegularExpression root(QStringLiteral(
            R"re(<stockshift_scenario format="(\d{1,9})" boost="(\d{1,5})" bytes="(\d{1,12})" )re"
            R"re(sha256="([0-9a-f]{64})">)re"));
        const QString head = QString::fromLatin1(bytes.left(1024));
        const QRegularExpressionMatch m = root.match(head);
        if (!m.hasMatch())
            return corrupt(tr("the scenario element is missing or damaged."));
        const std::uint32_t version = m.captured(1).toUInt();
        e.formatVersion = version;
        if (version > kFormatVersion)
            return Error(newerFormatMessage(version), QStringLiteral("format-too-new"));
        if (version < kOldestFormatVersion)
            return corrupt(tr("unknown format version %1.").arg(version));
        const qint64 start = m.capturedEnd(0);
        const qint64 length = m.captured(3).toLongLong();
        if (start + length + kXmlRootClose.size() > bytes.size()
            || bytes.mid(start + length, kXmlRootClose.size()) != kXmlRootClose
            || !bytes.mid(start + length + kXmlRootClose.size()).trimmed().isEmpty())
            return corrupt(tr("its length does not match the length it states."));
        e.boostVersion = m.captured(2).toUInt();
        e.sha256 = QByteArray::fromHex(m.captured(4).toLatin1());
        e.payload = bytes.mid(start, length);
        e.encoding = Encoding::Xml;
        return e;
    }
    return corrupt(tr("it does not start like one."));
}

Result<Scenario> decodeWith(const QByteArray &payload, Encoding encoding,
                            std::uint32_t formatVersion, unsigned fileBoostVersion);

} // namespace

QString newerFormatMessage(std::uint32_t fileVersion)
{
    return tr("This scenario file was written by a newer Stockshift (format version %1; this "
              "version reads format versions %2 to %3). Update Stockshift to open it.")
        .arg(fileVersion)
        .arg(kOldestFormatVersion)
        .arg(kFormatVersion);
}

Encoding encodingForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) ? Encoding::Xml
                                                                     : Encoding::Binary;
}

Result<QByteArray> encode(const Scenario &scenario, Encoding encoding)
{
    auto payload = writePayload(scenario, encoding, kFormatVersion);
    if (!payload)
        return payload.error();
    return wrap(*payload, encoding, kFormatVersion);
}

Result<Scenario> decode(const QByteArray &bytes)
{
    auto envelope = unwrap(bytes);
    if (!envelope)
        return envelope.error();
    if (QCryptographicHash::hash(envelope->payload, QCryptographicHash::Sha256) != envelope->sha256)
        return Error(tr("The scenario file is damaged: its checksum does not match its content."),
                     QStringLiteral("checksum"));
    return decodeWith(envelope->payload, envelope->encoding, envelope->formatVersion,
                      envelope->boostVersion);
}

Status writeFile(const Scenario &scenario, const QString &path)
{
    auto bytes = encode(scenario, encodingForPath(path));
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()), QStringLiteral("io"));
    return {};
}

Result<Scenario> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot open %1: %2").arg(path, file.errorString()), QStringLiteral("io"));
    // The size before the content: a huge file is refused without reading it.
    if (file.size() > kMaxFileBytes)
        return Error(tr("The scenario file is too large (%1 MB; at most %2 MB).")
                         .arg(file.size() >> 20)
                         .arg(kMaxFileBytes >> 20),
                     QStringLiteral("too-large"));
    return decode(file.readAll());
}

namespace Testing {

Result<Scenario> decodePayload(const QByteArray &payload, Encoding encoding,
                               std::uint32_t formatVersion)
{
    return decodeWith(payload, encoding, formatVersion, boostLibraryVersion());
}

} // namespace Testing

namespace {

// The element names the XML format uses: those of a scenario with one element in every list,
// written once (so the list cannot fall behind the format).
const QSet<QString> &xmlElementNames()
{
    static const QSet<QString> names = [] {
        Scenario s;
        s.policyRules.resize(1);
        s.policyOverrides.resize(1);
        s.skuCosts.resize(1);
        s.sites.resize(1);
        s.lanes.resize(1);
        s.suppliers.resize(1);
        s.forecastOverrides.resize(1);
        s.edits.resize(1);
        s.results.skus.resize(1);
        QSet<QString> set;
        auto payload = writePayload(s, Encoding::Xml, kFormatVersion);
        QXmlStreamReader r(QByteArray("<r>") + (payload ? *payload : QByteArray()) + "</r>");
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement)
                set.insert(r.name().toString());
        set.remove(QStringLiteral("r"));
        return set;
    }();
    return names;
}

// Boost 1.74's XML reader compares an end tag with the expected name by reading the expected
// name at the length of the tag in the file before comparing lengths: a longer tag reads past
// the name (found by the fuzz target under AddressSanitizer). Its tag check is therefore off
// (no_xml_tag_checking), and this check runs first instead: well-formed, every start tag closed
// by its own end tag, only the format's element and attribute names, no DTD, entities beyond
// XML's own, comments or processing instructions, and a bounded depth.
Status checkXml(const QByteArray &payload)
{
    const QSet<QString> &names = xmlElementNames();
    QXmlStreamReader r(QByteArray("<r>") + payload + "</r>");
    int depth = 0;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++depth > 8)
                return corrupt(tr("its XML is nested too deeply."));
            if (depth > 1 && !names.contains(r.name().toString()))
                return corrupt(tr("unknown XML element <%1>.").arg(r.name().toString()));
            for (const QXmlStreamAttribute &a : r.attributes())
                if (a.name() != QLatin1String("class_id")
                    && a.name() != QLatin1String("tracking_level")
                    && a.name() != QLatin1String("version"))
                    return corrupt(tr("unknown XML attribute %1.").arg(a.name().toString()));
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            break;
        default:
            return corrupt(tr("unexpected XML content (%1).").arg(r.tokenString()));
        }
    }
    if (r.hasError())
        return corrupt(tr("its XML is not well-formed: %1").arg(r.errorString()));
    return {};
}

Result<Scenario> decodeWith(const QByteArray &payload, Encoding encoding,
                            std::uint32_t formatVersion, unsigned fileBoostVersion)
{
    if (payload.size() > kMaxFileBytes)
        return Error(tr("The scenario file is too large."), QStringLiteral("too-large"));
    if (formatVersion < kOldestFormatVersion || formatVersion > kFormatVersion)
        return Error(newerFormatMessage(formatVersion), QStringLiteral("format-too-new"));
    std::istringstream in(std::string(payload.constData(), std::size_t(payload.size())),
                          std::ios::binary);
    LoadContext context{&in, payload.size(), 0};
    LoadContext *previous = t_load;
    t_load = &context;
    Result<Scenario> result = Error();
    try {
        Scenario scenario;
        Current top{scenario};
        // The archive layout of the Boost that wrote the file; a newer Boost's is read as ours
        // (the layout of fixed-width numbers without pointers has not changed since Boost 1.58).
        const auto library = boost::serialization::library_version_type(
            std::clamp(fileBoostVersion, 1u, boostLibraryVersion()));
        if (encoding == Encoding::Binary) {
            boost::archive::binary_iarchive ar(in, kArchiveFlags);
            ar.set_library_version(library);
            ar >> boost::serialization::make_nvp("scenario", top);
        } else {
            if (Status xml = checkXml(payload); !xml) {
                t_load = previous;
                return xml.error();
            }
            boost::archive::xml_iarchive ar(in,
                                            kArchiveFlags | boost::archive::no_xml_tag_checking);
            ar.set_library_version(library);
            ar >> boost::serialization::make_nvp("scenario", top);
        }
        if (context.classVersion != formatVersion)
            result = corrupt(tr("its content is of format version %1, its header says %2.")
                                 .arg(context.classVersion)
                                 .arg(formatVersion));
        else if (encoding == Encoding::Xml && !payload.trimmed().endsWith("</scenario>"))
            // Boost's XML reader is lenient about the last end tag; a file is whole or refused.
            result = corrupt(tr("the scenario element is not closed."));
        else if (encoding == Encoding::Binary && bytesLeft() != 0)
            result = corrupt(tr("%1 bytes follow the scenario.").arg(bytesLeft()));
        else
            result = std::move(scenario);
    } catch (const FormatError &e) {
        result = corrupt(QString::fromUtf8(e.what()));
    } catch (const boost::archive::archive_exception &e) {
        result = corrupt(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        result = corrupt(QString::fromUtf8(e.what()));
    } catch (...) {
        result = corrupt(tr("unreadable content."));
    }
    t_load = previous;
    return result;
}

} // namespace

namespace Testing {

Result<QByteArray> encodeAsVersion(const Scenario &scenario, Encoding encoding,
                                   std::uint32_t formatVersion)
{
    if (formatVersion != 1 && formatVersion != kFormatVersion)
        return Error(tr("Format version %1 cannot be written.").arg(formatVersion),
                     QStringLiteral("format"));
    auto payload = writePayload(scenario, encoding, formatVersion);
    if (!payload)
        return payload.error();
    return wrap(*payload, encoding, formatVersion);
}

QByteArray reseal(const QByteArray &file)
{
    if (file.startsWith(kMagic) && file.size() >= kHeaderBytes) {
        QByteArray out = file;
        const QByteArray payload = file.mid(kHeaderBytes);
        QByteArray length;
        QDataStream s(&length, QIODevice::WriteOnly);
        s.setByteOrder(QDataStream::BigEndian);
        s << quint64(payload.size());
        out.replace(kHeaderBytes - 40, 8, length);
        out.replace(kHeaderBytes - 32, 32,
                    QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        return out;
    }
    // XML: the root element's bytes and checksum attributes made to fit what is between it and
    // the last closing tag.
    static const QRegularExpression root(QStringLiteral(
        R"re(<stockshift_scenario format="(\d{1,9})" boost="(\d{1,5})" bytes="\d*" sha256="[0-9a-f]*">)re"));
    const QRegularExpressionMatch m = root.match(QString::fromLatin1(file.left(1024)));
    const qsizetype close = file.lastIndexOf(kXmlRootClose);
    if (!m.hasMatch() || close < m.capturedEnd(0))
        return file;
    const QByteArray payload = file.mid(m.capturedEnd(0), close - m.capturedEnd(0));
    const QByteArray tag = "<stockshift_scenario format=\"" + m.captured(1).toLatin1()
                           + "\" boost=\"" + m.captured(2).toLatin1() + "\" bytes=\""
                           + QByteArray::number(payload.size()) + "\" sha256=\""
                           + QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()
                           + "\">";
    return file.left(m.capturedStart(0)) + tag + file.mid(m.capturedEnd(0));
}

QByteArray xmlPayload(const QByteArray &file)
{
    const qsizetype open = file.indexOf("<stockshift_scenario ");
    const qsizetype start = open < 0 ? -1 : file.indexOf('>', open);
    const qsizetype close = file.lastIndexOf(kXmlRootClose);
    if (start < 0 || close < start)
        return file;
    return file.mid(start + 1, close - start - 1);
}

} // namespace Testing

} // namespace Stockshift::Scenarios
