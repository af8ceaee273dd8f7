# One INTERFACE target carries the language level, warnings and Qt defines that every
# CallWatch target shares, so a flag is changed in one place only.
add_library(callwatch_options INTERFACE)
target_compile_features(callwatch_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(callwatch_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${CALLWATCH_WERROR}>:-Werror>)

target_compile_definitions(callwatch_options INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    CALLWATCH_VERSION="${PROJECT_VERSION}")

if(CALLWATCH_SANITIZE)
    # Tests that measure memory know the sanitizers' own share (shadow, redzones, quarantine).
    target_compile_definitions(callwatch_options INTERFACE CALLWATCH_SANITIZED)
    target_compile_options(callwatch_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(callwatch_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer's coverage in every CallWatch target, so the fuzz targets see inside the core; only
# the fuzz targets link libFuzzer itself (tests/fuzz).
if(CALLWATCH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CALLWATCH_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(callwatch_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
