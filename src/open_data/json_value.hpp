#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stadtsatz::open_data {

// A JSON value to be written: the open-data files build one tree and print it once.
class JsonValue {
public:
    enum class Kind { Null, Boolean, Number, String, Array, Object };

    JsonValue() = default; // null
    static JsonValue boolean(bool value);
    // A number from its decimal text as written in the XML ("1.0", "-3", "+5", ".5"), printed
    // as a JSON number with the digits written ("1.0" stays 1.0).
    static JsonValue number(std::string_view written);
    static JsonValue integer(long long value);
    static JsonValue string(std::string text);
    static JsonValue array();
    static JsonValue object();

    // Array: appends `value`; returns it for filling.
    JsonValue& push(JsonValue value);
    // Object: sets `key` (keys keep the order they were set in); returns the value.
    JsonValue& set(std::string key, JsonValue value);

    Kind kind() const { return kind_; }

private:
    friend std::string to_json(const JsonValue& value);
    friend void append_json(const JsonValue& value, int depth, std::string& out);

    Kind kind_ = Kind::Null;
    std::string text_;                                       // Boolean, Number: the literal; String
    std::vector<JsonValue> items_;                           // Array
    std::vector<std::pair<std::string, JsonValue>> members_; // Object
};

// `text` as a JSON string literal: quotes, backslash and control characters escaped, and
// U+2028/U+2029 too (JavaScript before ES2019 ends a line there).
std::string json_string(std::string_view text);

// The JSON text of `value`, indented by two spaces, ending with a newline.
std::string to_json(const JsonValue& value);

} // namespace stadtsatz::open_data
