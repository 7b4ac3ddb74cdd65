// Scenarios::ScenarioFile — scenarios in files and blobs, through Boost.Serialization.
//
// Two encodings:
// - Binary (.ssc, and the scenarios table's blob): a 56-byte header of our own, then a Boost
//   binary archive written without Boost's header. Header, big-endian (QDataStream):
//     "STOCKSCN" · format version u16 · encoding u8 (1 binary) · flags u8 (bit 0: the payload's
//     numbers are little-endian) · Boost archive library version u16 · reserved u16 ·
//     payload length u64 · SHA-256 of the payload (32 bytes)
//   Portability, honestly: the payload holds fixed-width integers (int32/int64/uint64), IEEE
//   doubles and strings as u32 length + UTF-8 bytes, in the writer's byte order. Boost's own
//   bookkeeping (class ids, versions, tracking flags) is also fixed-width. Files move between
//   64-bit little-endian platforms (x86-64 and ARM64 on Linux, Windows, macOS) whatever the size
//   of `long`; a big-endian reader refuses them by the flag (use XML there).
// - XML (.xml): portable text for any platform and readable by people:
//     <?xml …?><stockshift_scenario format="2" boost="18" bytes="N" sha256="HEX">PAYLOAD
//     </stockshift_scenario>
//   where PAYLOAD is the Boost XML archive (no Boost header).
// Loading checks, before Boost parses anything: the magic, the format version (newer →
// refused with code "format-too-new", older than 1 → "format-unknown"), the size (at most
// kMaxFileBytes) and the SHA-256 (code "checksum"). While parsing, every collection count and
// string length is checked against a cap and against the bytes left in the payload, so a hostile
// file cannot make the loader allocate more than a small multiple of its own size; Boost's
// exceptions are caught here and returned as errors (code "corrupt").
// Thread: pure functions; any thread.
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"

#include <QByteArray>

namespace Stockshift::Scenarios {

enum class Encoding { Binary, Xml };

constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024; ///< 64 MiB: far above a 10,000-SKU network
constexpr std::uint32_t kMaxCollection = 2'000'000;  ///< elements in any one list
constexpr std::uint32_t kMaxStringBytes = 1 << 20;   ///< bytes in any one string
constexpr int kHeaderBytes = 56;

/// The encoding a file name asks for: .xml → Xml, anything else → Binary.
Encoding encodingForPath(const QString &path);

Result<QByteArray> encode(const Scenario &scenario, Encoding encoding);
/// Any encoding (detected from the first bytes).
Result<Scenario> decode(const QByteArray &bytes);

Status writeFile(const Scenario &scenario, const QString &path); ///< encoding from the name
Result<Scenario> readFile(const QString &path);

/// The message a file of a newer format gets (exposed so tests compare it exactly).
QString newerFormatMessage(std::uint32_t fileVersion);

namespace Testing {
/// The payload decoder behind decode(), without the header and checksum checks: what the fuzz
/// target and the mutation test drive directly, so that mutations reach the parser.
Result<Scenario> decodePayload(const QByteArray &payload, Encoding encoding,
                               std::uint32_t formatVersion);
/// Writes a payload as if by an older build: `formatVersion` 1 leaves out every field of
/// format 2 (used to keep the old-version corpus file reproducible).
Result<QByteArray> encodeAsVersion(const Scenario &scenario, Encoding encoding,
                                   std::uint32_t formatVersion);
/// Recomputes the header's (or the XML root's) length and checksum after a payload changed.
QByteArray reseal(const QByteArray &file);
/// The Boost XML between the root element's tags (the whole input when they are not found).
QByteArray xmlPayload(const QByteArray &file);
} // namespace Testing

} // namespace Stockshift::Scenarios
