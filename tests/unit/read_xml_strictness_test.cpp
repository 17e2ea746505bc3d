#include "read/xml_file.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

// Loads `text` as an XML input file; the diagnostics it left.
model::Diagnostics load(const std::string& text, bool expect_success = false) {
    test::TemporaryFolder folder;
    const auto file = folder.write("stil.xml", text);
    read::XmlFile xml;
    model::Diagnostics diagnostics;
    CHECK(xml.load(file, "stil.xml", diagnostics) == expect_success);
    return diagnostics;
}

// The one error's "line:column: message" (without the file name).
std::string only_error(const model::Diagnostics& diagnostics) {
    REQUIRE(diagnostics.all().size() == 1);
    const auto& diagnostic = diagnostics.all().front();
    CHECK(diagnostic.severity == model::Severity::Error);
    return std::to_string(diagnostic.position.line) + ":" +
           std::to_string(diagnostic.position.column) + ": " + diagnostic.message;
}

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

} // namespace

TEST_CASE("xml: a well-formed file with comments, PIs and references loads", "[read][xml]") {
    const auto diagnostics =
        load("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE stil>\n<!-- & -->\n"
             "<stil a=\"&amp;&#228;&#xE4;\"><![CDATA[&x;]]>&lt;&gt;&quot;&apos;</stil>\n"
             "<!-- danach --><?pi danach?>\n  \n",
             true);
    CHECK(diagnostics.all().empty());
}

TEST_CASE("xml: text after the root element is an error at its place", "[read][xml]") {
    CHECK(starts_with(only_error(load("<stil/>\n  Text\n")), "2:3: kein gültiges XML: Text"));
}

TEST_CASE("xml: a NUL byte (also after the root) is an error at its place", "[read][xml]") {
    const std::string text("<stil/>\n\0\0danach", 16);
    CHECK(starts_with(only_error(load(text)), "2:1: kein gültiges XML: Steuerzeichen U+0000"));
    CHECK(starts_with(only_error(load(std::string("<stil>a\x01</stil>"))),
                      "1:8: kein gültiges XML: Steuerzeichen U+0001"));
}

TEST_CASE("xml: invalid UTF-8 is an error at its line and column", "[read][xml]") {
    CHECK(only_error(load("<stil>\n  <name>Gr\xfc\xdf Gott</name>\n</stil>")) ==
          "2:11: kein gültiges XML: ungültiges Zeichen: die Datei ist nicht in UTF-8 "
          "gespeichert");
}

TEST_CASE("xml: a DOCTYPE with entity declarations is an error", "[read][xml]") {
    const auto internal = only_error(load("<!DOCTYPE stil [\n  <!ENTITY xxe \"böse\">\n]>\n"
                                          "<stil>&xxe;</stil>"));
    CHECK(starts_with(internal, "2:3: kein gültiges XML: DOCTYPE mit Entity-Deklaration"));
    const auto external =
        only_error(load("<!DOCTYPE stil SYSTEM \"file:///etc/passwd\">\n<stil>&xxe;</stil>"));
    CHECK(starts_with(external, "1:16: kein gültiges XML: DOCTYPE mit externer DTD"));
    const auto parameter = only_error(
        load("<!DOCTYPE stil [<!ENTITY % p SYSTEM \"http://example.org/x\"> %p;]><stil/>"));
    CHECK(starts_with(parameter, "1:17: kein gültiges XML: DOCTYPE mit Entity-Deklaration"));
}

TEST_CASE("xml: an undeclared entity never prints as literal text", "[read][xml]") {
    CHECK(starts_with(only_error(load("<stil>\n  Text &xxe; mehr\n</stil>")),
                      "2:8: kein gültiges XML: Entity-Referenz „&xxe;“ ist nicht deklariert"));
    CHECK(starts_with(only_error(load("<stil name=\"a &nbsp; b\"/>")),
                      "1:15: kein gültiges XML: Entity-Referenz „&nbsp;“"));
    CHECK(starts_with(only_error(load("<stil>Bau & Umwelt</stil>")),
                      "1:11: kein gültiges XML: ein einzelnes „&“"));
    CHECK(starts_with(only_error(load("<stil>&#0;</stil>")),
                      "1:7: kein gültiges XML: Zeichenreferenz"));
}

TEST_CASE("xml: one root element only", "[read][xml]") {
    CHECK(starts_with(only_error(load("<stil/>\n<stil/>")), "2:1: kein gültiges XML: nach dem"));
    CHECK(starts_with(only_error(load("<stil><a/></stil><b></b>")),
                      "1:18: kein gültiges XML: nach dem"));
    CHECK(starts_with(only_error(load("Text <stil/>")), "1:1: kein gültiges XML: Text vor"));
    CHECK(starts_with(only_error(load("<stil>\n</stil>\n&amp;")),
                      "3:1: kein gültiges XML: Text nach"));
}
