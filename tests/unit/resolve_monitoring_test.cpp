#include "document_builders.hpp"
#include "resolve/indicator_progress.hpp"
#include "resolve/monitoring_report.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

model::IndicatorValue value_of(int year, double value) {
    model::IndicatorValue result;
    result.year = year;
    const bool whole = value == static_cast<double>(static_cast<long long>(value));
    std::string written =
        whole ? std::to_string(static_cast<long long>(value)) : std::to_string(value);
    result.number = model::Decimal{value, 0, written};
    return result;
}

model::Indicator indicator_of(std::optional<model::IndicatorValue> baseline,
                              model::IndicatorValue target,
                              std::vector<model::IndicatorValue> measurements) {
    model::Indicator indicator;
    indicator.name = {model::make_text("Quote")};
    indicator.baseline = std::move(baseline);
    indicator.target = std::move(target);
    indicator.measurements = std::move(measurements);
    return indicator;
}

model::Chapter monitoring_chapter(std::string date) {
    model::Chapter chapter = test::chapter_of("monitoring", "Stand", "publikation.xml");
    chapter.generated = model::GeneratedChapter::Monitoring;
    chapter.reference_date = std::move(date);
    return chapter;
}

model::FieldOfAction field_with(std::vector<model::Measure> measures) {
    model::FieldOfAction field;
    field.id = "HF-1";
    field.title = "Bildung";
    model::Goal goal;
    goal.id = "Z-1";
    goal.measures = std::move(measures);
    field.goals = {goal};
    return field;
}

model::Measure measure_with(std::string id, std::vector<model::Indicator> indicators) {
    model::Measure measure;
    measure.id = std::move(id);
    measure.title = "Kurse";
    measure.indicators = std::move(indicators);
    return measure;
}

std::string cell_text(const model::TableCell& cell) {
    return model::plain_text(cell.content);
}

} // namespace

TEST_CASE("progress of a rising indicator against the elapsed time", "[monitoring]") {
    // 60 → 90 from 2025 to 2029; 2027: 69 → 30 % progress, 50 % of the time: behind
    auto behind = resolve::indicator_progress(
        indicator_of(value_of(2025, 60), value_of(2029, 90), {value_of(2027, 69)}), 2027);
    CHECK(behind.progress.value_or(-999) == Approx(30));
    CHECK(behind.expected.value_or(-999) == Approx(50));
    CHECK(behind.state == resolve::ProgressState::Behind);
    // 2027: 75 → 50 %: on track; 45 % (5 points below) still on track by the tolerance
    auto on_track = resolve::indicator_progress(
        indicator_of(value_of(2025, 60), value_of(2029, 90), {value_of(2027, 73.5)}), 2027);
    CHECK(on_track.progress.value_or(-999) == Approx(45));
    CHECK(on_track.state == resolve::ProgressState::OnTrack);
    auto reached = resolve::indicator_progress(
        indicator_of(value_of(2025, 60), value_of(2029, 90), {value_of(2027, 95)}), 2027);
    CHECK(reached.state == resolve::ProgressState::Reached);
}

TEST_CASE("progress of a falling indicator with negative values", "[monitoring]") {
    // 10 → −10 from 2020 to 2030; 2025: 0 → 50 % progress, 50 % expected
    auto falling = resolve::indicator_progress(
        indicator_of(value_of(2020, 10), value_of(2030, -10), {value_of(2025, 0)}), 2030);
    CHECK(falling.progress.value_or(-999) == Approx(50));
    CHECK(falling.expected.value_or(-999) == Approx(50));
    CHECK(falling.state == resolve::ProgressState::OnTrack);
    // moving away from the target is negative progress
    auto away = resolve::indicator_progress(
        indicator_of(value_of(2020, 10), value_of(2030, -10), {value_of(2025, 14)}), 2030);
    CHECK(away.progress.value_or(-999) == Approx(-20));
    CHECK(away.state == resolve::ProgressState::Behind);
}

TEST_CASE("progress without baseline, with one value, after the reference date", "[monitoring]") {
    // no baseline: the first measured value serves
    auto first = resolve::indicator_progress(
        indicator_of(std::nullopt, value_of(2030, 100), {value_of(2026, 20), value_of(2028, 60)}),
        2028);
    CHECK(first.baseline_is_first_measurement);
    CHECK(first.progress.value_or(-999) == Approx(50));
    CHECK(first.expected.value_or(-999) == Approx(50));
    // no baseline and one value: no progress
    auto single = resolve::indicator_progress(
        indicator_of(std::nullopt, value_of(2030, 100), {value_of(2026, 20)}), 2028);
    CHECK(single.state == resolve::ProgressState::NoProgress);
    CHECK_FALSE(single.progress);
    // a value measured after the reference date does not count
    auto later = resolve::indicator_progress(
        indicator_of(value_of(2025, 0), value_of(2029, 100), {value_of(2028, 100)}), 2027);
    CHECK(later.state == resolve::ProgressState::NoMeasurement);
}

TEST_CASE("progress when target equals baseline or the years are equal", "[monitoring]") {
    auto held = resolve::indicator_progress(
        indicator_of(value_of(2025, 5), value_of(2029, 5), {value_of(2026, 5)}), 2027);
    CHECK_FALSE(held.progress); // no division by zero
    CHECK(held.state == resolve::ProgressState::Reached);
    auto lost = resolve::indicator_progress(
        indicator_of(value_of(2025, 5), value_of(2029, 5), {value_of(2026, 4)}), 2027);
    CHECK(lost.state == resolve::ProgressState::Behind);
    auto same_year = resolve::indicator_progress(
        indicator_of(value_of(2026, 0), value_of(2026, 10), {value_of(2026, 5)}), 2027);
    CHECK(same_year.expected.value_or(-999) == Approx(100)); // due at once
    CHECK(same_year.state == resolve::ProgressState::Behind);
}

TEST_CASE("a qualitative target gets no percentage", "[monitoring]") {
    model::IndicatorValue target;
    target.year = 2030;
    target.description = {model::make_text("alle Schulen")};
    auto qualitative =
        resolve::indicator_progress(indicator_of(std::nullopt, target, {value_of(2027, 3)}), 2027);
    CHECK(qualitative.state == resolve::ProgressState::Qualitative);
    CHECK_FALSE(qualitative.progress);
}

TEST_CASE("percentages are German with a narrow no-break space", "[monitoring]") {
    CHECK(resolve::german_percent(29.4) == "29\u202F%");
    CHECK(resolve::german_percent(-12) == "\u221212\u202F%");
    CHECK(resolve::german_percent(-0.3) == "0\u202F%");
}

TEST_CASE("the monitoring chapter states the rule and lists every indicator", "[monitoring]") {
    model::Document document;
    // the edition prints M-1 (its card is linked); M-2 comes from a data-only file
    auto printed = std::make_shared<model::FieldOfAction>(field_with({measure_with(
        "M-1", {indicator_of(value_of(2025, 60), value_of(2029, 90), {value_of(2027, 69)})})}));
    auto chapter = test::chapter_of("hf", "Handlungsfelder", "05.md");
    chapter.blocks.push_back(test::field_of_action_block(printed));
    document.chapters.push_back(chapter);
    model::Chapter report = monitoring_chapter("2027-12-31");
    document.chapters.push_back(report);
    resolve::fill_monitoring_chapters(document);

    const model::Blocks& blocks = document.chapters[1].blocks;
    REQUIRE(blocks.size() == 4); // rule, heading, table, chart
    CHECK(model::plain_text(blocks[0].inlines).find("Fortschritt = (letzter Messwert") !=
          std::string::npos);
    CHECK(model::plain_text(blocks[0].inlines).find("31. Dezember 2027") != std::string::npos);
    CHECK(blocks[1].kind == model::BlockKind::Heading);
    REQUIRE(blocks[2].kind == model::BlockKind::Table);
    const auto& row = blocks[2].table->rows.at(0);
    REQUIRE(row.size() == 7);
    REQUIRE(row[0].content.at(0).kind == model::InlineKind::Link);
    CHECK(row[0].content[0].target == "#M-1");
    CHECK(cell_text(row[5]) == "30\u202F% (erwartet 50\u202F%)");
    CHECK(cell_text(row[6]) == "im Verzug");
    REQUIRE(blocks[3].kind == model::BlockKind::Chart);
    CHECK(blocks[3].chart->measure_id == "M-1");
    CHECK(blocks[3].chart->indicator == 0);

    // with data-only fields, those are reported, and a measure not printed is not linked
    model::Document monitoring;
    model::Chapter data_report = monitoring_chapter("2027-12-31");
    data_report.data_fields.push_back(field_with({measure_with(
        "M-2", {indicator_of(std::nullopt, value_of(2029, 90), {value_of(2026, 50)})})}));
    monitoring.chapters.push_back(data_report);
    resolve::fill_monitoring_chapters(monitoring);
    const auto& data_row = monitoring.chapters[0].blocks.at(2).table->rows.at(0);
    CHECK(data_row[0].content.at(0).kind == model::InlineKind::Text);
    CHECK(cell_text(data_row[2]) == "50 (2026), erster Messwert");
    CHECK(cell_text(data_row[6]) == "erst ein Messwert");
}
