# One interface target carries the project's warning and sanitizer flags;
# every Warren target links it.
add_library(warren_warnings INTERFACE)
target_compile_options(warren_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wformat=2
  # GCC's -Wnull-dereference misreads QTRY_* loops over QPointer and find()
  # results once inlined at -O2, so tests (WARREN_TEST set) go without it.
  $<$<NOT:$<BOOL:$<TARGET_PROPERTY:WARREN_TEST>>>:-Wnull-dereference>
  $<$<BOOL:${WARREN_WERROR}>:-Werror>)
target_compile_definitions(warren_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS)

if(WARREN_SANITIZE)
  target_compile_options(warren_warnings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(warren_warnings INTERFACE -fsanitize=address,undefined)
endif()
