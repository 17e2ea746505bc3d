#include "document_builders.hpp"
#include "open_data/csv_table.hpp"
#include "open_data/dataset_description.hpp"
#include "open_data/json_value.hpp"
#include "open_data/measures_csv.hpp"
#include "open_data/measures_json.hpp"
#include "open_data/open_data_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::Decimal decimal(const std::string& written, double value, int decimals) {
    return {value, decimals, written};
}

model::IndicatorValue value_of(int year, const std::string& written, double value,
                               int decimals = 0) {
    model::IndicatorValue result;
    result.year = year;
    result.number = decimal(written, value, decimals);
    return result;
}

// One field of action with one measure and two indicators: a numeric one with baseline "1.0"
// and two measured values, and a qualitative one without baseline.
model::Document sample_document() {
    auto field = std::make_shared<model::FieldOfAction>();
    field->id = "HF-1";
    field->number = 1;
    field->title = "Sprache, Bildung";
    field->guiding_goal = {model::make_text("Alle lernen.")};
    model::Goal goal;
    goal.id = "Z-1.1";
    goal.text = {model::make_text("Mehr \"Kurse\"")};
    model::Measure measure;
    measure.id = "M-1.1.1";
    measure.title = "=SUMME(A1) Kurse";
    measure.lead_office = "Amt für Bildung, Schule";
    measure.partners = {"VHS", "Vereine\nund Initiativen"};
    measure.start_year = 2026;
    measure.end_year = 2028;
    measure.priority = model::Priority::High;
    measure.status = model::MeasureStatus::InProgress;
    measure.budget =
        model::Budget{decimal("85000.00", 85000, 2), "EUR", model::CostPeriod::PerYear, {}, {}};
    model::Indicator numeric;
    numeric.name = {model::make_text("Quote"), test::link("#x", " mit Link")};
    numeric.unit = "Prozent";
    numeric.baseline = value_of(2025, "1.0", 1, 1);
    numeric.target = value_of(2029, "-3", -3);
    numeric.measurements = {value_of(2026, "0.5", 0.5, 1), value_of(2027, "-1.25", -1.25, 2)};
    numeric.data_source = {model::make_text("Schul\u00ADamt")};
    model::Indicator qualitative;
    qualitative.name = {model::make_text("Schulen")};
    qualitative.target.year = 2030;
    qualitative.target.description = {model::make_text("alle Grundschulen")};
    measure.indicators = {numeric, qualitative};
    goal.measures = {measure};
    field->goals = {goal};

    model::Document document;
    document.metadata.title = "Konzept";
    document.metadata.publisher = "Stadt";
    document.metadata.date = "2026-11-24";
    document.metadata.keywords = {"Integration"};
    document.edition_id = "standard";
    document.edition_title = "Standardausgabe";
    auto chapter = test::chapter_of("handlungsfelder", "Handlungsfelder", "05.md", "5");
    chapter.blocks.push_back(test::field_of_action_block(field));
    document.chapters.push_back(chapter);
    return document;
}

std::vector<std::string> lines_of(const std::string& csv) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2) {
        lines.push_back(csv.substr(start, end - start));
    }
    return lines;
}

} // namespace

TEST_CASE("CSV fields are quoted by RFC 4180", "[open_data]") {
    CHECK(open_data::csv_field("plain") == "plain");
    CHECK(open_data::csv_field("a,b") == "\"a,b\"");
    CHECK(open_data::csv_field("sagt \"ja\"") == "\"sagt \"\"ja\"\"\"");
    CHECK(open_data::csv_field("zwei\nZeilen") == "\"zwei\nZeilen\"");
    CHECK(open_data::csv_field("cr\rhere") == "\"cr\rhere\"");
    CHECK(open_data::csv_field("") == "");
    CHECK(open_data::csv_record({{"a", true}, {"b,c", true}}) == "a,\"b,c\"\r\n");
}

TEST_CASE("CSV text cells are guarded against formulas, numbers are not", "[open_data]") {
    CHECK(open_data::formula_safe("=1+1") == "'=1+1");
    CHECK(open_data::formula_safe("+49 731") == "'+49 731");
    CHECK(open_data::formula_safe("-Kurs") == "'-Kurs");
    CHECK(open_data::formula_safe("@SUM(A1)") == "'@SUM(A1)");
    CHECK(open_data::formula_safe("Kurse = gut") == "Kurse = gut");
    CHECK(open_data::csv_record({{"-3", false}, {"-3", true}}) == "-3,'-3\r\n");
}

TEST_CASE("massnahmen.csv has one row per indicator with the numbers as written", "[open_data]") {
    const model::Document document = sample_document();
    const std::string csv = open_data::measures_csv(document);
    const auto lines = lines_of(csv);
    REQUIRE(lines.size() == 3); // header + two indicators
    CHECK(lines[0].starts_with("handlungsfeld_id,handlungsfeld,ziel_id,ziel,massnahme_id,"));
    CHECK(csv.find("\xEF\xBB\xBF") == std::string::npos); // no byte order mark
    // numbers exactly as written, "-3" stays a number
    CHECK(lines[1].find(",1.0,2025,-3,2029,,-1.25,2027,2026=0.5;2027=-1.25,") != std::string::npos);
    CHECK(lines[1].find(",85000.00,EUR,jaehrlich,") != std::string::npos);
    CHECK(lines[1].find("\"'=SUMME(A1) Kurse\"") == std::string::npos); // no comma: unquoted
    CHECK(lines[1].find(",'=SUMME(A1) Kurse,") != std::string::npos);
    CHECK(lines[1].find(",\"Amt für Bildung, Schule\",") != std::string::npos);
    CHECK(lines[1].find(",\"Mehr \"\"Kurse\"\"\",") != std::string::npos);
    CHECK(lines[1].find("Quote mit Link") != std::string::npos); // plain text of the link
    CHECK(lines[1].find("Schulamt") != std::string::npos);       // no soft hyphen
    // the line break inside a partner's name stays inside its quoted field
    CHECK(csv.find("\"VHS; Vereine\nund Initiativen\"") != std::string::npos);
    // qualitative target, no baseline: empty numbers, the description
    CHECK(lines[2].find(",2,Schulen,,,,,2030,alle Grundschulen,,,,") != std::string::npos);
}

TEST_CASE("JSON strings are escaped", "[open_data]") {
    CHECK(open_data::json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(open_data::json_string("\n\t\x01") == "\"\\n\\t\\u0001\"");
    CHECK(open_data::json_string("x\u2028y\u2029") == "\"x\\u2028y\\u2029\"");
    CHECK(open_data::json_string("Straße „Süd“") == "\"Straße „Süd“\"");
}

TEST_CASE("JSON numbers keep the digits written", "[open_data]") {
    CHECK(open_data::to_json(open_data::JsonValue::number("1.0")) == "1.0\n");
    CHECK(open_data::to_json(open_data::JsonValue::number("-3")) == "-3\n");
    CHECK(open_data::to_json(open_data::JsonValue::number("+5")) == "5\n");
    CHECK(open_data::to_json(open_data::JsonValue::number(".50")) == "0.50\n");
    CHECK(open_data::to_json(open_data::JsonValue::number("007")) == "7\n");
}

TEST_CASE("massnahmen.json holds the values and nulls for absent ones", "[open_data]") {
    const std::string json = open_data::measures_json(sample_document());
    CHECK(json.find("\"ausgangswert\": {\n") != std::string::npos);
    CHECK(json.find("\"wert\": 1.0,\n") != std::string::npos);
    CHECK(json.find("\"geschrieben\": \"1.0\"") != std::string::npos);
    CHECK(json.find("\"ausgangswert\": null") != std::string::npos);
    CHECK(json.find("\"beschreibung\": \"alle Grundschulen\"") != std::string::npos);
    CHECK(json.find("\"lizenz\": \"http://dcat-ap.de/def/licenses/dl-by-de/2.0\"") !=
          std::string::npos);
    CHECK(json.find("\"partner\": [\n") != std::string::npos);
    CHECK(json.find("Vereine\\nund Initiativen") != std::string::npos);
}

TEST_CASE("datensatz.jsonld describes the dataset with licence and distributions", "[open_data]") {
    model::Document document = sample_document();
    document.metadata.licence = "http://dcat-ap.de/def/licenses/cc-by/4.0";
    const auto files = open_data::open_data_files(document, "{}");
    REQUIRE(files.size() == 4);
    const std::string& description = files[3].content;
    CHECK(files[3].file_name == "datensatz.jsonld");
    CHECK(description.find("\"@type\": \"dcat:Dataset\"") != std::string::npos);
    CHECK(description.find("\"@id\": \"http://dcat-ap.de/def/licenses/cc-by/4.0\"") !=
          std::string::npos);
    CHECK(description.find("data-theme/SOCI") != std::string::npos);
    CHECK(description.find("\"@id\": \"massnahmen.csv\"") != std::string::npos);
    CHECK(description.find("\"@id\": \"massnahmen.json\"") != std::string::npos);
    CHECK(description.find("\"@value\": \"" + std::to_string(files[0].content.size()) + "\"") !=
          std::string::npos);
}

TEST_CASE("an edition without fields of action has no open data", "[open_data]") {
    model::Document document;
    document.chapters.push_back(test::chapter_of("eins", "Eins", "01.md"));
    CHECK(open_data::open_data_files(document, "{}").empty());
}
