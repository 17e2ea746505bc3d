#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/content_folder.hpp"
#include "cli/report.hpp"
#include "plain_language/document_check.hpp"
#include "plain_language/plain_language_check.hpp"
#include "plain_language/readability_table.hpp"
#include "read/edition_reader.hpp"
#include "read/hyphenation_exceptions_reader.hpp"
#include "read/manifest_reader.hpp"
#include "read/markdown_conversion.hpp"
#include "read/source_text.hpp"
#include "read/unicode_text.hpp"
#include "text/normalization.hpp"

#include <filesystem>
#include <iostream>
#include <iterator>

namespace stadtsatz::cli {
namespace fs = std::filesystem;
namespace {

constexpr const char* lint_help =
    R"(Aufruf: stadtsatz lint [Optionen] [DATEI…|-]

Prüft Texte auf die Regeln für Leichte oder Einfache Sprache und meldet jeden Befund als
  datei:zeile:spalte: warning: Meldung [regel]
Regeln: satzlaenge, nebensatz, passiv, konjunktiv, genitiv, verneinung, abkuerzung, zahl,
datum, sonderzeichen, klammer, langes-wort (README: „Plain-language checker“).

DATEI kann sein:
  -  oder nichts      die Standardeingabe; jede Zeile ist ein Absatz (gemeldet als <stdin>)
  KAPITEL.md          ein Markdown-Kapitel: Absätze, Listen, Überschriften, Tabellenzellen
                      (nicht Code, Adressen, Linkziele)
  INHALTSORDNER       eine Publikation (oder ihre publikation.xml): jede Ausgabe, deren Stil
                      eine Sprachstufe einfache-sprache oder leichte-sprache angibt, auf dieser
                      Stufe

Optionen:
  --level STUFE    leichte-sprache oder einfache-sprache (Vorgabe: die Sprachstufe des
                   Stils, ohne Stil leichte-sprache); gilt auch für Ausgaben einer Publikation
  --stats          statt der Befunde die Lesbarkeitswerte je Kapitel und Ausgabe ausgeben
                   (Sätze, Wörter, Wörter je Satz, Silben je Wort, Flesch-Amstad,
                   1. Wiener Sachtextformel, LIX), bei einer Publikation für jede Ausgabe
  --edition ID     bei einer Publikation: nur diese Ausgabe
  --strict         Befunde sind Fehler (error statt warning, Rückgabewert 1)
  --help           diese Hilfe

Rückgabewert 0 auch mit Befunden (ohne --strict), 1 bei Fehlern (Datei nicht lesbar),
2 bei falschem Aufruf.
)";

// What the command was asked to do.
struct LintRequest {
    std::optional<plain_language::Level> level; // --level
    bool stats = false;
    bool strict = false;
    std::optional<std::string> edition;
};

// Prints the findings (or errors) to standard output, paths relative to here.
void print_findings(const model::Diagnostics& findings, const fs::path& content_folder) {
    print_diagnostics(findings, content_folder, std::cout);
}

// The editors' exception list of the publication the editor is in, for files and stdin.
std::vector<model::HyphenationException> nearby_exceptions() {
    model::Diagnostics ignored; // build and check report a broken list
    const auto content_folder = find_content_folder_above(fs::current_path());
    if (!content_folder) {
        return {};
    }
    return read::read_hyphenation_exceptions(*content_folder /
                                                 read::hyphenation_exceptions_file_name,
                                             read::hyphenation_exceptions_file_name, ignored);
}

plain_language::Limits limits_of(const LintRequest& request) {
    return plain_language::default_limits(
        request.level.value_or(plain_language::Level::LeichteSprache));
}

// Standard input: each line one paragraph.
int lint_standard_input(const LintRequest& request) {
    const std::string input((std::istreambuf_iterator<char>(std::cin)),
                            std::istreambuf_iterator<char>());
    const plain_language::Limits limits = limits_of(request);
    const text::Hyphenator hyphenator = plain_language::checker_hyphenator(nearby_exceptions());
    model::Diagnostics findings;
    plain_language::EditionReadability readability{"", "Standardeingabe", {}, {}};
    int line_number = 0;
    for (std::size_t start = 0; start < input.size();) {
        std::size_t end = input.find('\n', start);
        if (end == std::string::npos) {
            end = input.size();
        }
        std::string_view line(input.data() + start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        plain_language::SourceParagraph paragraph;
        paragraph.text = text::to_nfc(std::string(line));
        paragraph.pieces.push_back({0, {"<stdin>", line_number, 1}});
        const plain_language::Paragraph segmented =
            plain_language::segment_paragraph(paragraph.text);
        if (request.stats) {
            readability.total.add(plain_language::count_text(segmented));
            continue;
        }
        plain_language::report_findings(
            paragraph, plain_language::check_paragraph(segmented, limits, hyphenator),
            request.strict, findings);
    }
    if (request.stats) {
        std::cout << plain_language::readability_table(readability);
        return exit_success;
    }
    print_findings(findings, fs::current_path());
    return request.strict && !findings.all().empty() ? exit_content_error : exit_success;
}

// The chapters of Markdown files; exit 1 if one cannot be read.
int lint_markdown_files(const std::vector<std::string>& files, const LintRequest& request) {
    const plain_language::Limits limits = limits_of(request);
    const text::Hyphenator hyphenator = plain_language::checker_hyphenator(nearby_exceptions());
    model::Diagnostics findings;
    plain_language::EditionReadability readability{"", "Dateien", {}, {}};
    bool unreadable = false;
    for (const std::string& file : files) {
        std::string bytes;
        if (const auto problem = read::read_text_file(file, bytes)) {
            std::cerr << "stadtsatz lint: " << file << ": " << *problem << '\n';
            unreadable = true;
            continue;
        }
        if (read::invalid_utf8_offset(bytes) != std::string_view::npos) {
            std::cerr << "stadtsatz lint: " << file
                      << ": die Datei ist nicht in UTF-8 gespeichert\n";
            unreadable = true;
            continue;
        }
        model::Diagnostics reading; // images, links: the build's business, not the checker's
        const read::SourceText source(file, std::move(bytes));
        const auto chapter = read::convert_markdown(source, fs::path(file).stem().string(),
                                                    fs::path(file).parent_path(), reading);
        if (!chapter) {
            continue; // an empty file
        }
        std::vector<const model::Footnote*> footnotes;
        for (const model::Footnote& footnote : chapter->footnotes) {
            footnotes.push_back(&footnote);
        }
        const auto paragraphs = plain_language::chapter_paragraphs(chapter->chapter, footnotes);
        if (request.stats) {
            plain_language::ChapterReadability figures{
                model::title_text(chapter->chapter.title), file,
                plain_language::paragraphs_readability(paragraphs)};
            readability.total.add(figures.counts);
            readability.chapters.push_back(std::move(figures));
            continue;
        }
        model::Document document;
        document.chapters.push_back(chapter->chapter);
        for (const model::Footnote& footnote : chapter->footnotes) {
            document.footnotes.emplace(footnote.id, footnote);
        }
        plain_language::check_document(document, limits, hyphenator, request.strict, findings);
    }
    if (request.stats) {
        std::cout << plain_language::readability_table(readability);
    } else {
        print_findings(findings, fs::current_path());
    }
    if (unreadable) {
        return exit_content_error;
    }
    return request.strict && !findings.all().empty() ? exit_content_error : exit_success;
}

// A publication: every edition of a plain level (every edition for --stats).
int lint_publication(const fs::path& content_folder, const LintRequest& request) {
    model::Diagnostics problems;
    const fs::path repository_root = content_folder.parent_path();
    const auto publication =
        read::read_manifest(content_folder / "publikation.xml", repository_root, problems);
    if (!publication) {
        print_diagnostics(problems, content_folder);
        return exit_content_error;
    }
    model::Diagnostics findings;
    bool first_table = true;
    bool found = false;
    for (const model::Edition& edition : publication->editions) {
        if (request.edition && *request.edition != edition.id) {
            continue;
        }
        found = true;
        model::Diagnostics reading; // pictures, links, fonts: the build's business
        const model::Document document = read::read_edition(*publication, edition, reading);
        for (const model::Diagnostic& diagnostic : reading.all()) {
            // a chapter that could not be read (missing, not UTF-8) is lint's error too
            if (diagnostic.severity != model::Severity::Error) {
                continue;
            }
            for (const std::string& part : document.unread_parts) {
                if (diagnostic.position.file == part ||
                    diagnostic.message.find(part) != std::string::npos) {
                    problems.error(diagnostic.position, diagnostic.message);
                    break;
                }
            }
        }
        if (request.stats) {
            std::cout << (first_table ? "" : "\n")
                      << plain_language::readability_table(
                             plain_language::document_readability(document));
            first_table = false;
            continue;
        }
        const auto style_level = plain_language::plain_level_of(document.style);
        if (!style_level) {
            continue; // a standard edition: only its figures (--stats)
        }
        const plain_language::Limits limits =
            plain_language::limits_for(request.level.value_or(*style_level), document.style);
        const text::Hyphenator hyphenator =
            plain_language::checker_hyphenator(document.hyphenation_exceptions);
        plain_language::check_document(document, limits, hyphenator, request.strict, findings);
    }
    if (!found) {
        std::cerr << "stadtsatz lint: keine Ausgabe mit der ID „" << *request.edition
                  << "“ im Manifest\n";
        return exit_content_error;
    }
    findings.remove_repeats(); // a chapter two editions share
    problems.remove_repeats();
    print_findings(findings, content_folder);
    if (problems.has_errors()) {
        print_diagnostics(problems, content_folder);
        return exit_content_error;
    }
    return request.strict && !findings.all().empty() ? exit_content_error : exit_success;
}

} // namespace

int run_lint_command(const std::vector<std::string>& arguments) {
    CommandLine command_line(arguments, {"--level", "--edition"});
    if (command_line.flag("--help") || command_line.flag("-h")) {
        std::cout << lint_help;
        return exit_success;
    }
    LintRequest request;
    const auto level = command_line.value("--level");
    request.stats = command_line.flag("--stats");
    request.strict = command_line.flag("--strict");
    request.edition = command_line.value("--edition");
    if (auto problem = command_line.usage_problem(
            {"--level", "--stats", "--strict", "--edition", "--help"}, 1000)) {
        std::cerr << "stadtsatz lint: " << *problem
                  << "\n(stadtsatz lint --help zeigt die Optionen)\n";
        return exit_usage_error;
    }
    if (level) {
        if (*level == "leichte-sprache") {
            request.level = plain_language::Level::LeichteSprache;
        } else if (*level == "einfache-sprache") {
            request.level = plain_language::Level::EinfacheSprache;
        } else {
            std::cerr << "stadtsatz lint: --level „" << *level
                      << "“ ist unbekannt: leichte-sprache oder einfache-sprache\n";
            return exit_usage_error;
        }
    }
    std::vector<std::string> operands = command_line.rest();
    if (operands.empty() || (operands.size() == 1 && operands[0] == "-")) {
        return lint_standard_input(request);
    }
    std::vector<std::string> markdown_files;
    int result = exit_success;
    for (const std::string& operand : operands) {
        std::error_code error;
        fs::path path(operand);
        if (path.filename() == "publikation.xml") {
            path = path.parent_path().empty() ? fs::path(".") : path.parent_path();
        }
        if (fs::is_directory(path, error)) {
            if (!fs::exists(path / "publikation.xml", error)) {
                std::cerr << "stadtsatz lint: " << operand
                          << ": der Ordner enthält keine publikation.xml\n";
                result = exit_content_error;
                continue;
            }
            result = std::max(result, lint_publication(normalised_folder(path), request));
            continue;
        }
        if (operand == "-") {
            std::cerr << "stadtsatz lint: „-“ (Standardeingabe) geht nur allein\n";
            return exit_usage_error;
        }
        markdown_files.push_back(operand);
    }
    if (!markdown_files.empty()) {
        result = std::max(result, lint_markdown_files(markdown_files, request));
    }
    return result;
}

} // namespace stadtsatz::cli
