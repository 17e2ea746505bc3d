#include "layout/layout.hpp"
#include "layout_test_document.hpp"
#include "pdf/pdf_writer.hpp"
#include "required_tools.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <unistd.h>

using namespace stadtsatz;

namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream input(file, std::ios::binary);
    std::ostringstream content;
    content << input.rdbuf();
    return content.str();
}

// The four numbers of every "/<name> [ a b c d ]" entry in the file's page dictionaries.
std::vector<std::array<double, 4>> boxes(const std::string& pdf, const std::string& name) {
    std::vector<std::array<double, 4>> result;
    const std::regex pattern("/" + name +
                             R"( \[ ?([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ?\])");
    for (auto match = std::sregex_iterator(pdf.begin(), pdf.end(), pattern);
         match != std::sregex_iterator(); ++match) {
        result.push_back({std::stod((*match)[1]), std::stod((*match)[2]), std::stod((*match)[3]),
                          std::stod((*match)[4])});
    }
    return result;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t found = 0;
    for (auto position = text.find(what); position != std::string::npos;
         position = text.find(what, position + 1)) {
        ++found;
    }
    return found;
}

std::string run_command(const std::string& command) {
    std::string output;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        std::size_t read = 0;
        while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
            output.append(buffer.data(), read);
        }
        pclose(pipe);
    }
    return output;
}

// The rich test document, written as print and screen PDF once for all tests of this file.
struct Written {
    model::Document document;
    model::Diagnostics diagnostics;
    layout::LaidOutDocument pages;
    pdf::PdfResources resources;
    std::filesystem::path folder;
    bool print_ok = false;
    bool screen_ok = false;
    Written() {
        test::build_rich(document);
        pages = layout::lay_out(document, diagnostics);
        // ctest runs each test case as its own process, in parallel: one folder per process.
        folder = std::filesystem::temp_directory_path() /
                 ("stadtsatz-pdf-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(folder);
        document.style.print.icc_profile =
            std::string(STADTSATZ_SOURCE_DIR) + "/styles/icc/FOGRA39L_coated.icc";
        document.style.print.output_condition = "FOGRA39";
        auto images = images::decode_document_images(document, diagnostics);
        pdf::prepare_images(resources, images, document, {}, diagnostics);
        pdf::prepare_fonts(resources, pages, document, diagnostics);
        print_ok = pdf::write_pdf(pages, document, resources, pdf::PdfVariant::Print,
                                  folder / "print.pdf", diagnostics);
        screen_ok = pdf::write_pdf(pages, document, resources, pdf::PdfVariant::Screen,
                                   folder / "screen.pdf", diagnostics);
    }
    ~Written() {
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }
    Written(const Written&) = delete;
    Written& operator=(const Written&) = delete;
};

const Written& written() {
    static const Written instance;
    return instance;
}

} // namespace

TEST_CASE("the print PDF has bleed, BleedBox and a TrimBox inset by the bleed", "[pdf]") {
    const auto& state = written();
    REQUIRE(state.print_ok);
    const std::string pdf = read_file(state.folder / "print.pdf");
    const auto& style = state.document.style;
    const auto media = boxes(pdf, "MediaBox");
    const auto trim = boxes(pdf, "TrimBox");
    const auto bleed = boxes(pdf, "BleedBox");
    REQUIRE(media.size() == state.pages.pages.size());
    REQUIRE(trim.size() == media.size());
    REQUIRE(bleed.size() == media.size());
    for (std::size_t index = 0; index < media.size(); ++index) {
        CHECK(media[index][2] == Approx(style.page_width + 2 * style.bleed).margin(0.01));
        CHECK(media[index][3] == Approx(style.page_height + 2 * style.bleed).margin(0.01));
        CHECK(bleed[index] == media[index]);
        CHECK(trim[index][0] == Approx(style.bleed).margin(0.01));
        CHECK(trim[index][1] == Approx(style.bleed).margin(0.01));
        CHECK(trim[index][2] == Approx(style.page_width + style.bleed).margin(0.01));
        CHECK(trim[index][3] == Approx(style.page_height + style.bleed).margin(0.01));
    }
}

TEST_CASE("the screen PDF is trim size without print boxes", "[pdf]") {
    const auto& state = written();
    REQUIRE(state.screen_ok);
    const std::string pdf = read_file(state.folder / "screen.pdf");
    const auto media = boxes(pdf, "MediaBox");
    REQUIRE(media.size() == state.pages.pages.size());
    CHECK(media[0][2] == Approx(state.document.style.page_width).margin(0.01));
    CHECK(media[0][3] == Approx(state.document.style.page_height).margin(0.01));
    CHECK(count(pdf, "/TrimBox") == 0);
    CHECK(count(pdf, "/BleedBox") == 0);
}

TEST_CASE("the PDF has language, viewer preferences, outline and links", "[pdf]") {
    const auto& state = written();
    const std::string pdf = read_file(state.folder / "screen.pdf");
    CHECK(count(pdf, "/Lang (de)") == 1);
    CHECK(count(pdf, "/DisplayDocTitle true") == 1);
    CHECK(count(pdf, "/Type /Outlines") >= 1);
    CHECK(count(pdf, "/First ") >= 2); // bookmarks with children: chapters with sections
    CHECK(count(pdf, "/Creator (Stadtsatz)") == 1);
    // Contents entries, the internal link to M-1.1.1 and the external URL.
    CHECK(count(pdf, "/Subtype /Link") >= state.document.toc.size() + 2);
    CHECK(count(pdf, "/URI (https:") >= 1); // one area per line the link spans
    CHECK_FALSE(state.diagnostics.has_errors());
}

TEST_CASE("the PDF text can be extracted, measure ids included", "[pdf]") {
    if (!test::have_program("pdftotext")) {
        STADTSATZ_MISSING_TOOL("pdftotext is not installed; text extraction not checked");
        return;
    }
    const auto& state = written();
    const std::string text =
        run_command("pdftotext -q '" + (state.folder / "screen.pdf").string() + "' - 2>/dev/null");
    CHECK(text.find("M-1.1.1") != std::string::npos);
    CHECK(text.find("Musterinhalt") != std::string::npos);
    CHECK(text.find("„Anführungszeichen“") != std::string::npos);
    CHECK(text.find("Handlungsfeld 1: Sprache und Bildung") != std::string::npos);
}

TEST_CASE("the print PDF paints in CMYK, the screen PDF in RGB", "[pdf]") {
    if (!test::have_program("qpdf")) {
        STADTSATZ_MISSING_TOOL("qpdf is not installed; colour spaces not checked");
        return;
    }
    const auto& state = written();
    // Page content streams are compressed; qpdf writes them uncompressed.
    const std::string print =
        run_command("qpdf --qdf --object-streams=disable '" +
                    (state.folder / "print.pdf").string() + "' - 2>/dev/null");
    const std::string screen =
        run_command("qpdf --qdf --object-streams=disable '" +
                    (state.folder / "screen.pdf").string() + "' - 2>/dev/null");
    REQUIRE_FALSE(print.empty());
    REQUIRE_FALSE(screen.empty());
    CHECK(count(print, " k\n") > 10);
    CHECK(count(print, " rg\n") == 0);
    CHECK(count(screen, " rg\n") > 10);
    CHECK(count(screen, " k\n") == 0);
}

TEST_CASE("an unwritable output path is an error, not a crash", "[pdf]") {
    const auto& state = written();
    model::Diagnostics diagnostics;
    const bool ok =
        pdf::write_pdf(state.pages, state.document, state.resources, pdf::PdfVariant::Screen,
                       "/nonexistent/folder/out.pdf", diagnostics);
    CHECK_FALSE(ok);
    CHECK(diagnostics.has_errors());
}

TEST_CASE("a link with a scheme outside the allow-list never becomes a /URI", "[pdf]") {
    model::Document document;
    test::build_rich(document);
    model::Block block;
    block.kind = model::BlockKind::Paragraph;
    for (const char* target : {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x",
                               "data:text/html,x", "file:///etc/passwd"}) {
        model::Inline link;
        link.kind = model::InlineKind::Link;
        link.target = target;
        link.children = {model::make_text("böse")};
        block.inlines.push_back(link);
        block.inlines.push_back(model::make_text(" "));
    }
    document.chapters.front().blocks.push_back(block);
    model::Diagnostics diagnostics;
    const auto pages = layout::lay_out(document, diagnostics);
    pdf::PdfResources resources;
    auto images = images::decode_document_images(document, diagnostics);
    pdf::prepare_images(resources, images, document, {}, diagnostics);
    pdf::prepare_fonts(resources, pages, document, diagnostics);
    const auto file = std::filesystem::temp_directory_path() /
                      ("stadtsatz-pdf-schemes-" + std::to_string(::getpid()) + ".pdf");
    pdf::write_pdf(pages, document, resources, pdf::PdfVariant::Screen, file, diagnostics);
    const std::string pdf = read_file(file);
    std::filesystem::remove(file);
    CHECK(diagnostics.has_errors());
    CHECK(count(pdf, "/URI (https:") >= 1); // the allowed link of the document stays
    for (const char* scheme :
         {"/URI (javascript", "/URI (JAVASCRIPT", "/URI (vbscript", "/URI (data:", "/URI (file:"}) {
        INFO(scheme);
        CHECK(count(pdf, scheme) == 0);
    }
}
