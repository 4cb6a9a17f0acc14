// The Catch2 entry point for StoreDesk's test programs: the Qt application object first (the
// SQL plugins and the widgets need one), then the session.
#pragma once

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

template<typename Application>
int runCatch(int argc, char *argv[])
{
    Application app(argc, argv);
    return Catch::Session().run(argc, argv);
}
