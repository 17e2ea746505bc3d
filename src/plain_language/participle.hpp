#pragma once

#include <string_view>

namespace stadtsatz::plain_language {

// How sure a word's shape makes it a past participle.
enum class ParticipleShape {
    None,      // no participle ("helfen", "warm", "Ärztin")
    Ambiguous, // participle or infinitive alike ("beraten", "vergeben", "erhalten")
    Certain,   // a participle ("gemacht", "geschrieben", "eingeladen", "informiert", "beantragt")
};

// The shape of a lower-case word: "ge…t/…en" (not an infinitive like "geben"), separable
// prefix + "ge" ("abgeschlossen"), "…iert", inseparable prefix + "…t" ("verändert") or + a
// strong ending ("beschlossen"); inseparable prefix + "…en" otherwise is ambiguous.
ParticipleShape participle_shape(std::string_view lower);

} // namespace stadtsatz::plain_language
