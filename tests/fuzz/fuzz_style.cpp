// libFuzzer target: see fuzz_inputs.hpp, read_style_input.
#include "fuzz_inputs.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    stadtsatz::fuzz::read_style_input({reinterpret_cast<const char*>(data), size});
    return 0;
}
