#pragma once

#include "html/link_targets.hpp"
#include "html/site_images.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <map>
#include <string>
#include <vector>

namespace stadtsatz::html {

// Writes the main content of one page: blocks, inlines, fields of action and the footnotes
// the page refers to. One writer per page: it remembers heading levels and footnote calls.
class ContentWriter {
public:
    // `chapter_id` is the page's chapter (empty on index.html).
    ContentWriter(const model::Document& document, const LinkTargets& links, SiteImages& images,
                  model::Diagnostics& diagnostics, std::string chapter_id);

    std::string blocks(const model::Blocks& blocks);
    std::string inlines(const model::Inlines& inlines);
    // The same without soft hyphens, for headings and titles: they are never hyphenated on
    // the site (a screen reader may spell a word at a soft hyphen).
    std::string heading_inlines(const model::Inlines& inlines);

    // A field of action with its goals and measures (h2, h3, h4 and measure cards); with
    // `level` 1, as its own page's h1 with h2 goals and h3 measures.
    std::string field_of_action(const model::FieldOfAction& field, int level = 2);

    // The main content of a field of action's own page: the field from its h1, then the
    // footnotes it calls (html/field_of_action_pages.cpp).
    std::string field_page(const model::FieldOfAction& field);

    // "<section class=footnotes>" listing every footnote called on this page, in the order
    // of their first call, each with links back to its calls; empty if there are none.
    std::string footnote_list();

    // The level to write for a heading that asks for `requested`, so the page never skips
    // a level (h2 after h1, h3 after h2, ...) and keeps its single h1; remembered.
    int claim_heading_level(int requested, const model::SourcePosition& position);

private:
    std::string block(const model::Block& block);
    // A paragraph's inlines; with the style's satzanfang="neue-zeile", each sentence in a
    // <span class="satz"> that the stylesheet sets as a line of its own.
    std::string paragraph_inlines(const model::Inlines& inlines);
    // With the style's <bildspalte>: a picture followed by text blocks from `index` on, as a
    // grid of the picture and that text; advances `index` past them. Empty otherwise.
    std::string picture_column(const model::Blocks& blocks, std::size_t& index);
    std::string heading(const model::Block& block);
    // With fields of action on pages of their own: the fields from `index` on as one list of
    // links to their pages, with each field's guiding goal; advances `index` to the last of
    // them. Empty when blocks[index] is no field of action.
    std::string field_page_links(const model::Blocks& blocks, std::size_t& index);
    std::string list(const model::Block& block);
    // One item of a list: a task's checkbox first; a tight item's paragraphs without <p>.
    std::string list_item(const model::Blocks& item, model::TaskState task, bool tight);
    std::string table(const model::Table& table);
    std::string figure(const model::Image& image);
    std::string link(const model::Inline& link);
    std::string footnote_reference(const model::Inline& reference);
    std::string footnote_item(const model::Footnote& footnote);
    std::string footnote_anchor(const model::Footnote& footnote) const;
    // A paragraph per entry, as fields of action and measures hold their texts.
    std::string paragraphs(const std::vector<model::Inlines>& paragraphs);
    // A <table> of a measure's indicators with German number formatting.
    std::string indicator_table(const model::Measure& measure);
    std::string measure(const model::Measure& measure, int level);
    // The card's <dt>/<dd> of its contact (phone and e-mail as links); "" without one.
    std::string contact_fact(const model::Measure& measure);
    // The card's status history (a list) and costs; "" for what the measure does not give.
    std::string history_and_cost_facts(const model::Measure& measure);
    // Rejects content ids that would clash with ids the page frame itself uses.
    void check_id(const std::string& id, const model::SourcePosition& position);

    const model::Document& document_;
    const LinkTargets& links_;
    SiteImages& images_;
    model::Diagnostics& diagnostics_;
    std::string chapter_id_;
    int last_heading_level_ = 1;
    bool soft_hyphens_ = true;     // false while a heading's text is written
    bool split_sentences_ = false; // true while a paragraph's own inlines are written
    std::string last_word_;        // the text since the last space, while splitting sentences
    std::vector<std::string> footnote_order_;        // footnote ids by first call
    std::map<std::string, int> footnote_call_count_; // calls so far, per footnote id
};

// Ids the page frame uses itself; content must not use them.
bool is_reserved_page_id(const std::string& id);

} // namespace stadtsatz::html
