# cmake -DTS=refreshed.ts -DORIGINAL=source.ts -DSTRICT=ON -P CheckTranslations.cmake
# Fails (only warns with STRICT off) when the refreshed copy of a translation
# has unfinished, vanished or obsolete entries, listing their source texts.
file(READ "${TS}" ts)
string(REGEX MATCHALL "<message[^>]*>([^<]|<[^/]|</[^m])*</message>" messages "${ts}")
set(problems "")
foreach(m IN LISTS messages)
  if(m MATCHES "type=\"(unfinished|vanished|obsolete)\"")
    set(kind "${CMAKE_MATCH_1}")
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${m}")
    string(APPEND problems "\n  ${kind}: ${CMAKE_MATCH_1}")
  endif()
endforeach()
if(problems)
  if(STRICT)
    set(level FATAL_ERROR)
  else()
    set(level WARNING)
  endif()
  message(${level} "${ORIGINAL} is not complete:${problems}\n"
    "Run `cmake --build <build dir> --target warren_lupdate`, translate the unfinished texts "
    "(Qt Linguist or an editor) and remove the vanished ones.")
endif()
