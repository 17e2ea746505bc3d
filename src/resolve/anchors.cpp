#include "resolve/anchors.hpp"

#include <set>

namespace stadtsatz::resolve {
namespace {

// Walks a chapter's blocks and registers the ids they define.
class AnchorCollector {
public:
    AnchorCollector(AnchorTable& table, model::Diagnostics& diagnostics)
        : table_(table), diagnostics_(diagnostics) {}

    // First pass: chapter ids (they name the HTML pages), made unique.
    void chapter_id(model::Chapter& chapter) {
        add_unique_heading_id(chapter.id, chapter.position);
        table_[chapter.id].chapter_id = chapter.id;
    }

    // Second pass: the ids editors gave fields of action, goals and measures.
    void data_ids(model::Chapter& chapter) {
        chapter_id_ = chapter.id;
        collect_headings_ = false;
        blocks(chapter.blocks);
    }

    // Third pass: heading ids, made unique against everything registered so far.
    void heading_ids(model::Chapter& chapter) {
        chapter_id_ = chapter.id;
        collect_headings_ = true;
        blocks(chapter.blocks);
    }

private:
    void blocks(model::Blocks& list) {
        for (auto& block : list) {
            switch (block.kind) {
            case model::BlockKind::Heading:
                if (collect_headings_) {
                    add_unique_heading_id(block.id, block.position);
                }
                break;
            case model::BlockKind::BlockQuote:
                blocks(block.children);
                break;
            case model::BlockKind::List:
                for (auto& item : block.items) {
                    blocks(item);
                }
                break;
            case model::BlockKind::FieldOfAction:
                if (!collect_headings_) {
                    field_of_action(*block.field_of_action);
                }
                break;
            default:
                break;
            }
        }
    }

    void field_of_action(const model::FieldOfAction& field) {
        add_exact_id(field.id, field.position, "Handlungsfeld");
        for (const auto& goal : field.goals) {
            add_exact_id(goal.id, goal.position, "Ziel");
            for (const auto& measure : goal.measures) {
                add_exact_id(measure.id, measure.position, "Maßnahme");
            }
        }
    }

    // Derived heading ids may repeat across chapters ("Ziele"); number the later ones.
    // An empty heading ("## ") gets "abschnitt", "abschnitt-2", …; a repeated id is a warning,
    // as a link to the first heading may be meant for this one.
    void add_unique_heading_id(std::string& id, const model::SourcePosition& position) {
        const bool generated = id.empty();
        if (generated) {
            id = "abschnitt";
        }
        std::string candidate = id;
        for (int suffix = 2; table_.count(candidate) > 0; ++suffix) {
            candidate = id + "-" + std::to_string(suffix);
        }
        if (candidate != id && !generated) {
            const model::SourcePosition& first = table_.at(id).position;
            diagnostics_.warning(
                position, "die ID „" + id + "“ ist schon vergeben in " + first.file + ":" +
                              std::to_string(first.line) + "; diese Überschrift bekommt die ID „" +
                              candidate + "“ und ein Link auf #" + id +
                              " führt zur ersten; einer der beiden eine eigene {#id} geben");
        }
        id = candidate;
        table_[id] = Anchor{chapter_id_, position};
    }

    void add_exact_id(const std::string& id, const model::SourcePosition& position,
                      const char* what) {
        if (id.empty()) {
            return; // a missing id is the reader's error
        }
        auto existing = table_.find(id);
        if (existing != table_.end() && data_ids_.count(id) > 0) {
            // Two fields of action, goals or measures with one id: the readers report that
            // (the measures reader within a file, the edition reader across files).
            return;
        }
        if (existing != table_.end()) {
            const auto& first = existing->second.position;
            diagnostics_.error(position, std::string("doppelte ID „") + id + "“ (" + what +
                                             "); sie ist schon vergeben in " + first.file + ":" +
                                             std::to_string(first.line));
            return;
        }
        table_[id] = Anchor{chapter_id_, position};
        data_ids_.insert(id);
    }

    AnchorTable& table_;
    model::Diagnostics& diagnostics_;
    std::string chapter_id_;
    bool collect_headings_ = false;
    std::set<std::string> data_ids_; // ids of fields of action, goals and measures
};

} // namespace

AnchorTable collect_anchors(model::Document& document, model::Diagnostics& diagnostics) {
    AnchorTable table;
    AnchorCollector collector(table, diagnostics);
    // Chapters, goals and measures first, so a heading can never take an id an editor gave a
    // measure.
    for (auto& chapter : document.chapters) {
        collector.chapter_id(chapter);
    }
    for (auto& chapter : document.chapters) {
        collector.data_ids(chapter);
    }
    for (auto& chapter : document.chapters) {
        collector.heading_ids(chapter);
    }
    return table;
}

} // namespace stadtsatz::resolve
