# Run with cmake -P. Every ```cpp block in the given Markdown files must
# compile (-fsyntax-only) on its own: docs that show code that does not build
# are worse than none.
# Inputs (-D): COMPILER, INCLUDE_DIR, WORK_DIR, FILES (a ;-list of .md paths).
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/script_helpers.cmake")
aiecon_require_defined(compile_snippets.cmake COMPILER INCLUDE_DIR WORK_DIR FILES)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(snippet_count 0)
set(failures "")
foreach(markdown IN LISTS FILES)
  file(READ "${markdown}" text)
  get_filename_component(stem "${markdown}" NAME_WE)
  set(index 0)
  # A block opens with ```cpp on its own line and closes at the next ```.
  while(text MATCHES "```cpp\n")
    string(FIND "${text}" "```cpp\n" start)
    math(EXPR start "${start} + 7")
    string(SUBSTRING "${text}" ${start} -1 text)
    string(FIND "${text}" "```" end)
    if(end EQUAL -1)
      message(FATAL_ERROR "${markdown}: a ```cpp block is not closed")
    endif()
    string(SUBSTRING "${text}" 0 ${end} snippet)
    string(SUBSTRING "${text}" ${end} -1 text)
    math(EXPR index "${index} + 1")
    math(EXPR snippet_count "${snippet_count} + 1")
    set(source "${WORK_DIR}/${stem}_${index}.cpp")
    file(WRITE "${source}" "${snippet}")
    execute_process(
      COMMAND "${COMPILER}" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror
              "-I${INCLUDE_DIR}" "${source}"
      RESULT_VARIABLE result
      OUTPUT_VARIABLE output
      ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
      string(APPEND failures "\n${markdown}, C++ block ${index} (${source}):\n${output}")
    endif()
  endwhile()
endforeach()

if(failures)
  message(FATAL_ERROR "C++ snippets in the docs do not compile:${failures}")
endif()
if(snippet_count EQUAL 0)
  message(FATAL_ERROR "No ```cpp blocks found in ${FILES}: the test proves nothing")
endif()
message(STATUS "${snippet_count} C++ snippets compile")
