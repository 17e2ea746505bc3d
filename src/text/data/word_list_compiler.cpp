// Build-time tool: compiles a German word list (one word per line, UTF-8, e.g. Debian's
// /usr/share/dict/ngerman) into a C++ source file holding the finished tables of the compound
// lexicon of src/text/compound_lexicon.cpp (hash table, filter and words, with the nouns it
// infers, CompoundLexicon::infer_nouns), which the program reads in place.
//
// Usage: word_list_compiler OUTPUT.cpp WORD_LIST... (lines starting with # are skipped)
//
// Each word is folded to lower case and stored in Latin-1 (words with other letters are
// dropped). Entries are sorted and front-coded, the input format of the CompoundLexicon
// constructor: one byte '0' + length of the prefix shared with the entry before, one byte
// '0' + flags (1: occurs capitalised, i.e. as a noun; 2: occurs in lower case; 4: is a listed
// form minus -e, -en or -n), the remaining bytes, then '\n'.

#include "text/compound_lexicon.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

namespace {

constexpr int noun_flag = 1;
constexpr int other_flag = 2;
constexpr int stem_flag = 4;
constexpr std::size_t longest_shared_prefix = 70; // keeps the prefix byte printable

// Decodes UTF-8 and folds to lower-case Latin-1; false if the word has other characters.
bool fold_to_latin1(const std::string& utf8, std::string& folded, bool& capitalised) {
    folded.clear();
    capitalised = false;
    std::size_t index = 0;
    while (index < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[index]);
        char32_t code_point = 0;
        int length = 0;
        if (lead < 0x80) {
            code_point = lead;
            length = 1;
        } else if ((lead & 0xE0) == 0xC0) {
            code_point = lead & 0x1F;
            length = 2;
        } else if ((lead & 0xF0) == 0xE0) {
            code_point = lead & 0x0F;
            length = 3;
        } else {
            return false;
        }
        if (index + static_cast<std::size_t>(length) > utf8.size()) {
            return false;
        }
        for (int continuation = 1; continuation < length; ++continuation) {
            code_point =
                (code_point << 6) | (static_cast<unsigned char>(utf8[index + continuation]) & 0x3F);
        }
        index += static_cast<std::size_t>(length);
        const bool upper = (code_point >= 'A' && code_point <= 'Z') ||
                           (code_point >= 0xC0 && code_point <= 0xDE && code_point != 0xD7) ||
                           code_point == 0x1E9E;
        if (folded.empty()) {
            capitalised = upper;
        }
        if (code_point == 0x1E9E) {
            code_point = 0xDF; // capital sharp s folds to ß
        } else if (upper) {
            code_point += 0x20;
        }
        const bool letter = (code_point >= 'a' && code_point <= 'z') ||
                            (code_point >= 0xDF && code_point <= 0xFF && code_point != 0xF7);
        if (!letter) {
            return false;
        }
        folded.push_back(static_cast<char>(code_point));
    }
    return true;
}

void write_escaped(std::ostream& output, const std::string& bytes) {
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value < 0x20 || value >= 0x7F || value == '"' || value == '\\' || value == '?') {
            // Octal escapes take at most three digits, so a following digit cannot join them.
            const char digits[] = {'\\', static_cast<char>('0' + ((value >> 6) & 7)),
                                   static_cast<char>('0' + ((value >> 3) & 7)),
                                   static_cast<char>('0' + (value & 7)), '\0'};
            output << digits;
        } else {
            output << byte;
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: word_list_compiler OUTPUT.cpp WORD_LIST...\n";
        return 2;
    }
    std::map<std::string, int> flags_by_word;
    std::string line;
    std::string folded;
    std::string sources;
    for (int list = 2; list < argc; ++list) {
        std::ifstream input(argv[list]);
        if (!input) {
            std::cerr << "word_list_compiler: cannot read " << argv[list] << '\n';
            return 1;
        }
        sources += std::string(sources.empty() ? "" : ", ") + argv[list];
        while (std::getline(input, line)) {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            bool capitalised = false;
            if (line.starts_with("#") || !fold_to_latin1(line, folded, capitalised) ||
                folded.size() < 2 || folded.size() > 250) {
                continue;
            }
            flags_by_word[folded] |= capitalised ? noun_flag : other_flag;
            // The stem a form completes (Schul for Schule, Wohn for wohnen, Wander for wandern).
            for (const std::string ending : {"e", "en", "n"}) {
                if (folded.size() >= ending.size() + 3 && folded.ends_with(ending)) {
                    flags_by_word[folded.substr(0, folded.size() - ending.size())] |= stem_flag;
                }
            }
        }
    }

    std::string encoded;
    std::string previous;
    const auto append_entry = [&](std::string_view word, int flags) {
        std::size_t shared = 0;
        while (shared < previous.size() && shared < word.size() && shared < longest_shared_prefix &&
               previous[shared] == word[shared]) {
            ++shared;
        }
        encoded.push_back(static_cast<char>('0' + shared));
        encoded.push_back(static_cast<char>('0' + flags));
        encoded.append(word.substr(shared));
        encoded.push_back('\n');
        previous = word;
    };
    for (const auto& [word, flags] : flags_by_word) {
        append_entry(word, flags);
    }
    // Infer the nouns the list spells only in lower case (feuer, halle) once, here, so that the
    // program decodes the finished flags at start-up instead of computing them every run.
    const stadtsatz::text::CompoundLexicon lexicon(encoded, flags_by_word.size(), true);
    encoded.clear();
    previous.clear();
    lexicon.for_each_word(append_entry);

    // The program reads the tables as this lexicon holds them, decoded from the finished list
    // without inference (the flags already hold it).
    const stadtsatz::text::CompoundLexicon finished(encoded, flags_by_word.size(), false);
    const auto& tables = finished.tables();
    std::ofstream output(argv[1], std::ios::binary);
    output << "// Generated by src/text/data/word_list_compiler.cpp from " << sources
           << ". Do not edit.\n"
           << "#include \"text/compound_lexicon_data.hpp\"\n\n"
           << "namespace stadtsatz::text {\n\nnamespace {\n";
    constexpr std::size_t chunk = 100;
    const auto write_bytes = [&](const char* name, std::string_view bytes) {
        output << "// " << bytes.size() << " bytes\nalignas(8) constexpr char " << name << "[] =\n";
        for (std::size_t start = 0; start < bytes.size(); start += chunk) {
            output << "    \"";
            write_escaped(output, std::string(bytes.substr(start, chunk)));
            output << "\"\n";
        }
        output << "    ;\n";
    };
    write_bytes("words", tables.words);
    write_bytes("slots", tables.slots);
    write_bytes("filter", tables.filter);
    output << "} // namespace\n\n"
           << "CompoundLexicon::Tables compound_lexicon_tables() {\n"
           << "    return {{words, " << tables.words.size() << "}, {slots, " << tables.slots.size()
           << "}, {filter, " << tables.filter.size() << "}, " << tables.size
           << "};\n}\n\n} // namespace stadtsatz::text\n";
    if (!output) {
        std::cerr << "word_list_compiler: cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
