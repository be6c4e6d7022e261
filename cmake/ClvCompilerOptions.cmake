# SPDX-License-Identifier: MIT
# clv_build_options: compiler flags shared by every target (core, ui, app, tests, bench).
# clv_qt_options: Qt strictness defines, linked by ui and app only.
add_library(clv_build_options INTERFACE)
target_compile_features(clv_build_options INTERFACE cxx_std_20)
target_compile_options(clv_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
    -Wconversion -Wno-sign-conversion
    -ffp-contract=off)  # no FMA contraction: simulator output and model fits are bit-identical across builds
if(CLV_WARNINGS_AS_ERRORS)
    target_compile_options(clv_build_options INTERFACE -Werror)
endif()
if(CLV_ENABLE_ASAN)
    target_compile_options(clv_build_options INTERFACE -fsanitize=address -fno-omit-frame-pointer)
    target_link_options(clv_build_options INTERFACE -fsanitize=address)
endif()
if(CLV_ENABLE_UBSAN)
    target_compile_options(clv_build_options INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
    target_link_options(clv_build_options INTERFACE -fsanitize=undefined)
endif()

add_library(clv_qt_options INTERFACE)
target_compile_definitions(clv_qt_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400)
