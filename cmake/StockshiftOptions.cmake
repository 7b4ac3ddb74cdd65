# Compiler options shared by every Stockshift target, carried by an interface target so that
# nothing is set globally (no add_compile_options, no include_directories).
add_library(stockshift_options INTERFACE)
add_library(Stockshift::Options ALIAS stockshift_options)

target_compile_features(stockshift_options INTERFACE cxx_std_20)
target_compile_definitions(stockshift_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    STOCKSHIFT_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(stockshift_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough -Wformat=2 -Wno-unused-parameter)
    if(STOCKSHIFT_WERROR)
        target_compile_options(stockshift_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(stockshift_options INTERFACE /W4 /permissive- /utf-8)
    if(STOCKSHIFT_WERROR)
        target_compile_options(stockshift_options INTERFACE /WX)
    endif()
endif()
