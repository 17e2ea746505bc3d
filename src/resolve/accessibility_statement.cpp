#include "resolve/accessibility_statement.hpp"

#include "resolve/accessibility_facts.hpp"
#include "text/german_format.hpp"

namespace stadtsatz::resolve {
namespace {

// What the writers produce, as the statement reports it. These are promises of src/html and
// src/pdf: keep them in step with the writers.
constexpr const char* site_standard = "der BITV 2.0 und der WCAG 2.1 in der Stufe AA";
constexpr const char* pdf_standard = "PDF/UA-1 (ISO 14289-1)";
constexpr const char* minimum_contrast = "4,5\u00A0:\u00A01"; // WCAG 2.1 AA, normal text

// Builds the blocks of the statement, each carrying the position of <barrierefreiheit>, so a
// problem found in a later stage points the editor at the manifest.
class StatementWriter {
public:
    explicit StatementWriter(model::SourcePosition position) : position_(std::move(position)) {}

    model::Inline text(std::string characters) const {
        return model::make_text(std::move(characters), position_);
    }

    model::Inline link(std::string target, std::string shown) const {
        model::Inline run;
        run.kind = model::InlineKind::Link;
        run.target = std::move(target);
        run.children = {text(std::move(shown))};
        run.position = position_;
        return run;
    }

    model::Inline line_break() const {
        model::Inline run;
        run.kind = model::InlineKind::LineBreak;
        run.position = position_;
        return run;
    }

    model::Block heading(std::string title, std::string id) const {
        model::Block block;
        block.kind = model::BlockKind::Heading;
        block.level = 2;
        block.inlines = {text(std::move(title))};
        block.id = std::move(id);
        block.position = position_;
        return block;
    }

    model::Block paragraph(model::Inlines inlines) const {
        model::Block block;
        block.kind = model::BlockKind::Paragraph;
        block.inlines = std::move(inlines);
        block.position = position_;
        return block;
    }

    model::Block paragraph(std::string characters) const {
        return paragraph(model::Inlines{text(std::move(characters))});
    }

    model::Block bullet_list(const std::vector<std::string>& entries) const {
        model::Block block;
        block.kind = model::BlockKind::List;
        block.position = position_;
        for (const auto& entry : entries) {
            block.items.push_back({paragraph(entry)});
        }
        return block;
    }

    // Name, address, phone, e-mail and web address of an office, one per line; the e-mail
    // address and the web address are links.
    model::Block address(const model::ContactPoint& contact) const {
        model::Inlines lines;
        auto add_line = [&](model::Inlines line) {
            if (!lines.empty()) {
                lines.push_back(line_break());
            }
            lines.insert(lines.end(), line.begin(), line.end());
        };
        add_line({text(contact.name)});
        if (!contact.address.empty()) {
            add_line({text(contact.address)});
        }
        if (!contact.phone.empty()) {
            add_line({text("Telefon: " + contact.phone)});
        }
        if (!contact.email.empty()) {
            add_line({text("E-Mail: "), link("mailto:" + contact.email, contact.email)});
        }
        if (!contact.url.empty()) {
            add_line({text("Internet: "), link(contact.url, contact.url)});
        }
        return paragraph(std::move(lines));
    }

private:
    model::SourcePosition position_;
};

std::string count(int value) {
    return text::german_number(value);
}

// An editor's text as the end of a sentence: a full stop unless it ends with one already.
std::string sentence_end(const std::string& text) {
    if (!text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?')) {
        return text;
    }
    return text + ".";
}

// "Alle 8 Tabellen haben …", "Beide …", "Die Tabelle hat …" or "3 der 8 Tabellen haben …".
std::string share(int part, int total, const std::string& singular, const std::string& plural,
                  const std::string& singular_verb, const std::string& plural_verb) {
    if (total == 1) {
        return part == 1 ? "Die " + singular + " " + singular_verb
                         : "Die " + singular + " " + singular_verb + " nicht";
    }
    if (part == total) {
        return (total == 2 ? "Beide " : "Alle " + count(total) + " ") + plural + " " + plural_verb;
    }
    if (part == 0) {
        return "Keine der " + count(total) + " " + plural + " " + singular_verb;
    }
    return count(part) + " der " + count(total) + " " + plural + " " +
           (part == 1 ? singular_verb : plural_verb);
}

std::string conformance_sentence(model::Conformance conformance, bool issues_listed) {
    const std::string pointer =
        issues_listed ? " Was noch fehlt, steht im nächsten Abschnitt." : "";
    switch (conformance) {
    case model::Conformance::Full:
        return "Die Internetfassung und die PDF-Datei erfüllen die Anforderungen an die "
               "Barrierefreiheit vollständig.";
    case model::Conformance::Partial:
        return "Die Internetfassung und die PDF-Datei erfüllen die Anforderungen an die "
               "Barrierefreiheit teilweise." +
               pointer;
    case model::Conformance::None:
        return "Die Internetfassung und die PDF-Datei erfüllen die Anforderungen an die "
               "Barrierefreiheit noch nicht." +
               pointer;
    }
    return "";
}

std::string language_name(const std::string& language) {
    if (language == "de" || language.rfind("de-", 0) == 0) {
        return "Deutsch";
    }
    return "„" + language + "“";
}

// The checks the build makes on every run, as sentences; only kinds the document has.
std::vector<std::string> build_checks(const AccessibilityFacts& facts,
                                      const model::Metadata& metadata) {
    std::vector<std::string> checks;
    if (facts.figures > 0) {
        checks.push_back(share(facts.figures_with_alt, facts.figures, "Abbildung", "Abbildungen",
                               "hat", "haben") +
                         " einen Alternativtext, der ihren Inhalt in Worten wiedergibt; ohne "
                         "ihn bricht die Erstellung ab.");
    }
    if (facts.tables > 0) {
        checks.push_back(
            share(facts.tables_with_header, facts.tables, "Tabelle", "Tabellen", "hat", "haben") +
            " eine Kopfzeile, deren Zellen als Spaltenüberschriften ausgezeichnet "
            "sind.");
        checks.push_back(
            share(facts.tables_with_caption, facts.tables, "Tabelle", "Tabellen", "hat", "haben") +
            " eine Beschriftung, die sagt, was sie zeigt.");
    }
    if (facts.internal_links > 0) {
        checks.push_back(share(facts.internal_links, facts.internal_links,
                               "Verweis innerhalb der Veröffentlichung",
                               "Verweise innerhalb der Veröffentlichung", "führt", "führen") +
                         " zu einem vorhandenen Ziel; ein Verweis ins Leere bricht die "
                         "Erstellung ab.");
    }
    if (facts.skipped_heading_levels == 0) {
        checks.push_back("Die Überschriften gliedern den Text, ohne eine Ebene zu überspringen, "
                         "und bilden das Inhaltsverzeichnis; jede Internetseite hat genau eine "
                         "Hauptüberschrift.");
    } else {
        checks.push_back(
            "Die Überschriften bilden das Inhaltsverzeichnis; jede Internetseite hat genau eine "
            "Hauptüberschrift. " +
            (facts.skipped_heading_levels == 1
                 ? std::string("Eine Überschrift überspringt")
                 : count(facts.skipped_heading_levels) + " Überschriften überspringen") +
            " eine Gliederungsebene; die Internetseiten ordnen sie eine Ebene höher ein.");
    }
    checks.push_back("Die Sprache des Textes ist als " + language_name(metadata.language) +
                     " angegeben, damit Bildschirmleser ihn richtig aussprechen.");
    return checks;
}

} // namespace

void append_accessibility_statement(model::Document& document) {
    if (!document.accessibility || !document.accessibility_statement_id.empty()) {
        return;
    }
    const model::AccessibilityDeclaration& declaration = *document.accessibility;
    const AccessibilityFacts facts = count_accessibility_facts(document);
    const StatementWriter write(declaration.position);

    model::Chapter chapter;
    chapter.id = accessibility_statement_id;
    chapter.title = {write.text(accessibility_statement_title)};
    chapter.numbered = false;
    chapter.position = declaration.position;
    model::Blocks& blocks = chapter.blocks;

    blocks.push_back(write.paragraph(
        "Diese Erklärung gilt für die Internetfassung von „" + document.metadata.title +
        "“ und für die PDF-Datei zum Herunterladen. Sie beschreibt, wie weit beide barrierefrei "
        "sind, was noch fehlt und wie Sie Barrieren melden können."));
    blocks.push_back(write.paragraph(
        "Öffentliche Stellen sind nach der Richtlinie (EU) 2016/2102 verpflichtet, ihre "
        "Internetseiten und Dokumente barrierefrei zu gestalten. Rechtsgrundlage für diese "
        "Veröffentlichung: " +
        sentence_end(declaration.legal_basis)));

    const bool issues_listed = !declaration.known_issues.empty();
    blocks.push_back(
        write.heading("Wie barrierefrei diese Veröffentlichung ist", "barrierefreiheit-stand"));
    blocks.push_back(write.paragraph(conformance_sentence(declaration.conformance, issues_listed)));
    blocks.push_back(write.paragraph(
        std::string("Die Internetseiten werden nach den Anforderungen ") + site_standard +
        " erzeugt: Sie kommen ohne JavaScript aus, lassen sich vollständig mit der Tastatur "
        "bedienen, bieten einen Link, der die Navigation überspringt, und ihre Schriftfarben "
        "erreichen einen Kontrast von mindestens " +
        minimum_contrast + ". Die PDF-Datei zum Herunterladen wird als getaggtes PDF nach " +
        pdf_standard +
        " erzeugt: Überschriften, Listen, Tabellen und Abbildungen sind ausgezeichnet, "
        "Lesezeichen führen zu den Kapiteln und die Dokumentsprache ist angegeben."));

    if (issues_listed) {
        blocks.push_back(
            write.heading("Was noch nicht barrierefrei ist", "barrierefreiheit-maengel"));
        blocks.push_back(write.paragraph("Diese Inhalte sind noch nicht oder nicht vollständig "
                                         "barrierefrei:"));
        blocks.push_back(write.bullet_list(declaration.known_issues));
    }

    blocks.push_back(
        write.heading("Wie diese Erklärung entstanden ist", "barrierefreiheit-pruefung"));
    blocks.push_back(
        write.paragraph("Stand der Erklärung: " + text::german_long_date(declaration.date) + "."));
    blocks.push_back(
        write.paragraph("Grundlage der Aussagen: " + sentence_end(declaration.evaluation_method)));
    blocks.push_back(write.paragraph("Außerdem prüft das Satzprogramm Stadtsatz, das die "
                                     "Internetseiten und die PDF-Datei erstellt, bei jeder "
                                     "Erstellung selbst:"));
    blocks.push_back(write.bullet_list(build_checks(facts, document.metadata)));

    blocks.push_back(write.heading("Barrieren melden", "barrierefreiheit-kontakt"));
    blocks.push_back(
        write.paragraph("Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt "
                        "in einer anderen Form? Dann schreiben Sie uns oder rufen Sie an:"));
    blocks.push_back(write.address(declaration.contact));

    blocks.push_back(write.heading("Durchsetzungsverfahren", "barrierefreiheit-durchsetzung"));
    blocks.push_back(write.paragraph(
        "Haben Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort bekommen, "
        "können Sie sich an die Durchsetzungsstelle wenden. Sie prüft Ihr Anliegen und "
        "vermittelt zwischen Ihnen und der öffentlichen Stelle:"));
    blocks.push_back(write.address(declaration.enforcement_body));

    document.chapters.push_back(std::move(chapter));
    document.accessibility_statement_id = accessibility_statement_id;
}

} // namespace stadtsatz::resolve
