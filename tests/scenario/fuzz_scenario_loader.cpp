// libFuzzer target: the scenario loader on arbitrary bytes. Each input goes through the whole
// checked decoder (header, checksum, parser) and — because random bytes rarely match a
// SHA-256 — straight into the payload parser too, as binary and as XML, so that the fuzzer
// explores the archive code. Any crash, leak or sanitizer report is a bug; an error is not.
#include "scenario/ScenarioFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Stockshift::Scenarios;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)decode(bytes);
    (void)decode(Testing::reseal(bytes));
    (void)Testing::decodePayload(bytes, Encoding::Binary, kFormatVersion);
    (void)Testing::decodePayload(bytes, Encoding::Binary, 1);
    (void)Testing::decodePayload(bytes, Encoding::Xml, kFormatVersion);
    (void)Testing::decodePayload(Testing::xmlPayload(bytes), Encoding::Xml, 1);
    return 0;
}
