#pragma once

// A fresh PostgreSQL database for one test, on the server that the CTest fixture `postgres`
// started (tests/postgres/cluster). It is dropped when the object goes.
#include "store/database.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>

class PostgresTestDatabase
{
public:
    explicit PostgresTestDatabase(std::string label)
    {
        const char *state = std::getenv("RONDE_TEST_POSTGRES");
        if (!state) {
            throw std::runtime_error(
                "RONDE_TEST_POSTGRES is not set: run this test through ctest, whose fixture "
                "'postgres' starts a PostgreSQL server (tests/postgres/cluster)");
        }
        std::ifstream file(std::string(state) + "/uri");
        if (!std::getline(file, m_adminUri) || m_adminUri.empty()) {
            throw std::runtime_error(std::string("no PostgreSQL server: ") + state +
                                     "/uri is missing (did the fixture postgres.start fail?)");
        }
        for (char &c : label) {
            c = std::isalnum(static_cast<unsigned char>(c)) ? char(std::tolower(c)) : '_';
        }
        label.resize(std::min<size_t>(label.size(), 40));
        std::random_device random;
        m_name = "ronde_" + label + "_" + std::to_string(random() % 1'000'000'000);
        ronde::Database::open(m_adminUri)->exec("CREATE DATABASE " + m_name);
        m_uri = m_adminUri.substr(0, m_adminUri.rfind('/') + 1) + m_name;
    }
    ~PostgresTestDatabase()
    {
        try {
            ronde::Database::open(m_adminUri)
                ->exec("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        } catch (const ronde::DatabaseError &) {
            // The cluster is thrown away after the run anyway.
        }
    }
    PostgresTestDatabase(const PostgresTestDatabase &) = delete;
    PostgresTestDatabase &operator=(const PostgresTestDatabase &) = delete;

    const std::string &uri() const { return m_uri; }

private:
    std::string m_adminUri;
    std::string m_name;
    std::string m_uri;
};
