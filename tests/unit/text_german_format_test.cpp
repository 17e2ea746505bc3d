#include "model/measures.hpp"
#include "text/german_format.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("numbers are written the German way") {
    CHECK(text::german_number(1250) == "1.250");
    CHECK(text::german_number(40) == "40");
    CHECK(text::german_number(12.5) == "12,5");
    CHECK(text::german_number(0.75) == "0,75");
    CHECK(text::german_number(0.333) == "0,33");
    CHECK(text::german_number(2.999) == "3");
    CHECK(text::german_number(1234567.25) == "1.234.567,25");
    CHECK(text::german_number(-3.5) == "\u22123,5");
}

TEST_CASE("file sizes are written in SI units with a German decimal comma", "[text]") {
    CHECK(text::german_file_size(0) == "0\u202FByte");
    CHECK(text::german_file_size(999) == "999\u202FByte");
    CHECK(text::german_file_size(1000) == "1\u202FkB");
    CHECK(text::german_file_size(84321) == "84\u202FkB");
    CHECK(text::german_file_size(999499) == "999\u202FkB");
    CHECK(text::german_file_size(999500) == "1\u202FMB"); // never "1.000 kB"
    CHECK(text::german_file_size(1234567) == "1,2\u202FMB");
    CHECK(text::german_file_size(1250000) == "1,3\u202FMB");
    CHECK(text::german_file_size(2000000) == "2\u202FMB");
    CHECK(text::german_file_size(1234567890) == "1.234,6\u202FMB");
}

TEST_CASE("ISO dates become German long dates, other text stays") {
    CHECK(text::german_long_date("2026-11-24") == "24. November 2026");
    CHECK(text::german_long_date("2026-03-01") == "1. März 2026");
    CHECK(text::german_long_date("Herbst 2026") == "Herbst 2026");
    CHECK(text::german_long_date("2026-13-01") == "2026-13-01");
}

TEST_CASE("a measure's time frame reads as German text") {
    model::Measure measure;
    measure.start_year = 2026;
    measure.end_year = 2028;
    CHECK(model::time_frame_label(measure) == "2026\u20132028");
    measure.end_year = 2026;
    CHECK(model::time_frame_label(measure) == "2026");
    measure.ongoing = true;
    measure.end_year = 0;
    CHECK(model::time_frame_label(measure) == "ab 2026, dauerhaft");
}
