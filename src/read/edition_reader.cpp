#include "read/edition_reader.hpp"

#include "model/quoted_input.hpp"
#include "read/content_paths.hpp"
#include "read/hyphenation_exceptions_reader.hpp"
#include "read/markdown_reader.hpp"
#include "read/measures_reader.hpp"
#include "read/style_reader.hpp"

#include <filesystem>
#include <map>

namespace stadtsatz::read {

namespace {

// Ids of fields of action, goals and measures seen in the edition so far, with their place.
using IdPlaces = std::map<std::string, model::SourcePosition>;

void check_unique(const std::string& id, const model::SourcePosition& position, IdPlaces& seen,
                  model::Diagnostics& diagnostics) {
    if (id.empty()) {
        return;
    }
    auto [existing, inserted] = seen.emplace(id, position);
    // Duplicates inside one file are reported by the measures reader already.
    if (!inserted && existing->second.file != position.file) {
        diagnostics.error(position, "id \"" + model::quoted_input(id) +
                                        "\" ist bereits vergeben in " + existing->second.file +
                                        ":" + std::to_string(existing->second.line));
    }
}

void check_unique_ids(const model::FieldOfAction& field, IdPlaces& seen,
                      model::Diagnostics& diagnostics) {
    check_unique(field.id, field.position, seen, diagnostics);
    for (const model::Goal& goal : field.goals) {
        check_unique(goal.id, goal.position, seen, diagnostics);
        for (const model::Measure& measure : goal.measures) {
            check_unique(measure.id, measure.position, seen, diagnostics);
        }
    }
}

// The chapter a <massnahmenuebersicht> or <monitoring> part stands for: its title and place;
// resolve fills in its blocks from the fields of action of the edition.
model::Chapter generated_chapter(const model::Part& part) {
    model::Chapter chapter;
    const bool monitoring = part.kind == model::PartKind::Monitoring;
    chapter.generated = monitoring ? model::GeneratedChapter::Monitoring
                                   : model::GeneratedChapter::MeasuresOverview;
    chapter.id = monitoring ? "monitoring" : "massnahmenuebersicht";
    chapter.title = {model::make_text(part.title, part.position)};
    chapter.numbered = part.numbered;
    chapter.short_title = part.short_title;
    chapter.reference_date = part.reference_date;
    chapter.position = part.position;
    return chapter;
}

bool file_exists(const std::filesystem::path& path) {
    std::error_code error;
    return std::filesystem::is_regular_file(path, error);
}

// The fields of action a <monitoring> part reads for its figures only (<massnahmen datei>
// inside it): read and checked like printed ones, kept in the generated chapter.
void read_data_fields(const model::Part& part, const std::filesystem::path& content_folder,
                      model::Chapter& chapter, model::Diagnostics& diagnostics) {
    for (const model::DataFile& data : part.data_files) {
        const auto inside = path_inside(content_folder, data.file);
        if (!inside) {
            diagnostics.error(data.position, outside_folder_message(data.file, "content/"));
            continue;
        }
        if (!file_exists(*inside)) {
            diagnostics.error(data.position, "Maßnahmendatei nicht gefunden: " + data.file);
            continue;
        }
        if (auto field = read_field_of_action(*inside, data.file, diagnostics)) {
            chapter.data_fields.push_back(std::move(*field));
        }
    }
}

} // namespace

model::Document read_edition(const model::Publication& publication, const model::Edition& edition,
                             model::Diagnostics& diagnostics) {
    model::Document document;
    document.metadata = publication.metadata;
    document.accessibility = publication.accessibility;
    document.edition_id = edition.id;
    document.edition_title = edition.title;
    // An edition's own cover texts (a title in Leichte Sprache) stand for the publication's.
    if (!edition.title_override.empty()) {
        document.metadata.title = edition.title_override;
    }
    if (!edition.subtitle_override.empty()) {
        document.metadata.subtitle = edition.subtitle_override;
    }
    if (!edition.sample_notice_override.empty()) {
        document.metadata.sample_notice = edition.sample_notice_override;
    }
    document.review = edition.review;

    const std::filesystem::path styles_folder(publication.styles_folder);
    const std::filesystem::path style_path = styles_folder / edition.style_file;
    const std::string style_name = "styles/" + edition.style_file;
    if (edition.style_file.empty()) {
        // The manifest reported the missing or unusable stil= already.
    } else if (!file_exists(style_path)) {
        model::SourcePosition where =
            edition.style_position.line > 0 ? edition.style_position : edition.position;
        diagnostics.error(where, "Stildatei nicht gefunden: " + style_name);
    } else if (auto style =
                   read_style(style_path, style_name, publication.fonts_folder, diagnostics)) {
        document.style = std::move(*style);
    }

    const std::filesystem::path content_folder(publication.content_folder);
    IdPlaces measure_ids;
    for (const model::Part& part : edition.parts) {
        if (part.kind == model::PartKind::MeasuresOverview ||
            part.kind == model::PartKind::Monitoring) {
            document.chapters.push_back(generated_chapter(part));
            read_data_fields(part, content_folder, document.chapters.back(), diagnostics);
            continue;
        }
        if (part.file.empty()) {
            // The manifest reported the missing, unusable or repeated datei= already.
            document.unread_parts.insert(part.file);
            continue;
        }
        const auto inside = path_inside(content_folder, part.file);
        if (!inside) {
            diagnostics.error(part.position, outside_folder_message(part.file, "content/"));
            document.unread_parts.insert(part.file);
            continue;
        }
        const std::filesystem::path& path = *inside;
        if (!file_exists(path)) {
            diagnostics.error(part.position, (part.kind == model::PartKind::Chapter
                                                  ? "Kapiteldatei nicht gefunden: "
                                                  : "Maßnahmendatei nicht gefunden: ") +
                                                 part.file);
            document.unread_parts.insert(part.file);
            continue;
        }
        if (part.kind == model::PartKind::Chapter) {
            auto chapter = read_markdown_chapter(path, part.file, content_folder, diagnostics);
            if (!chapter) {
                document.unread_parts.insert(part.file);
                continue;
            }
            chapter->chapter.numbered = part.numbered;
            if (!part.short_title.empty()) {
                chapter->chapter.short_title = part.short_title; // the edition's choice wins
            }
            for (model::Footnote& footnote : chapter->footnotes) {
                std::string id = footnote.id;
                model::SourcePosition where = footnote.position;
                if (!document.footnotes.emplace(id, std::move(footnote)).second) {
                    diagnostics.error(where, "Fußnoten-id \"" + model::quoted_input(id) +
                                                 "\" gibt es schon in einem anderen Kapitel "
                                                 "(gleicher Dateiname in anderem Ordner?)");
                }
            }
            document.chapters.push_back(std::move(chapter->chapter));
            continue;
        }
        auto field = read_field_of_action(path, part.file, diagnostics);
        if (!field) {
            document.unread_parts.insert(part.file);
            continue;
        }
        check_unique_ids(*field, measure_ids, diagnostics);
        if (document.chapters.empty()) {
            diagnostics.error(part.position, "<massnahmen> wird an das Kapitel davor angehängt; "
                                             "davor steht kein <kapitel>");
            document.unread_parts.insert(part.file);
            continue;
        }
        model::Block block;
        block.kind = model::BlockKind::FieldOfAction;
        block.position = field->position;
        block.field_of_action = std::make_shared<model::FieldOfAction>(std::move(*field));
        document.chapters.back().blocks.push_back(std::move(block));
    }
    if (const auto exceptions = path_inside(content_folder, hyphenation_exceptions_file_name)) {
        document.hyphenation_exceptions =
            read_hyphenation_exceptions(*exceptions, hyphenation_exceptions_file_name, diagnostics);
    } else {
        diagnostics.error({hyphenation_exceptions_file_name, 0, 0},
                          outside_folder_message(hyphenation_exceptions_file_name, "content/"));
    }
    return document;
}

} // namespace stadtsatz::read
