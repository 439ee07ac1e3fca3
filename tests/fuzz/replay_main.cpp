// Runs a fuzz target over files, without libFuzzer: the kept corpus and every input that
// once crashed it (tests/fuzz/regressions). Built with any compiler, so the normal and the
// ASan test builds replay them on every run (CTest label `fuzz`).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path where(argv[i]);
        std::vector<std::filesystem::path> inputs;
        if (!std::filesystem::exists(where)) {
            continue; // e.g. no regression inputs yet
        }
        if (std::filesystem::is_directory(where)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(where)) {
                if (entry.is_regular_file()) {
                    inputs.push_back(entry.path());
                }
            }
        } else {
            inputs.push_back(where);
        }
        for (const auto &input : inputs) {
            std::ifstream file(input, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(file)),
                                    std::istreambuf_iterator<char>());
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
            ++files;
        }
    }
    std::printf("%d inputs replayed without a crash\n", files);
    return files > 0 ? 0 : 1; // no inputs at all: the corpus went missing
}
