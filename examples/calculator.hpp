// What the example calculators share: options whose values carry units
// ("--die-width 26mm", "--tariff $0.08/kWh"), parsed with aiecon::parse; a
// result table printed aligned or as CSV (--csv); and one clear line on
// stderr with exit status 2 for a bad argument.
#pragma once

#include <CLI/CLI.hpp>
#include <aiecon/aiecon.hpp>

#include <algorithm>
#include <exception>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace calculator {

// Adds --name, read into `target` with aiecon::parse; the help shows the
// default as it prints, with its unit.
template <class Q>
CLI::Option* add_quantity(CLI::App& app, const std::string& name, Q& target,
                          const std::string& description) {
    return app
        .add_option_function<std::string>(
            name,
            [&target, name](const std::string& text) {
                try {
                    target = aiecon::parse<Q>(text);
                } catch (const aiecon::parse_error& error) {
                    throw CLI::ValidationError(name, error.what());
                }
            },
            description)
        ->type_name("QUANTITY")
        ->default_str(aiecon::to_string(target));
}

// Adds --name for a plain number (a count, a share, a ratio).
inline CLI::Option* add_number(CLI::App& app, const std::string& name, double& target,
                               const std::string& description) {
    return app.add_option(name, target, description)->capture_default_str();
}

// Adds --name choosing an accelerator of the catalog by key ("h100", ...).
inline CLI::Option* add_accelerator(CLI::App& app, const std::string& name,
                                    aiecon::compute::accelerator& target, std::string& key) {
    return app
        .add_option_function<std::string>(
            name,
            [&target, &key](const std::string& text) {
                key = text;
                target = *aiecon::compute::catalog::find(text);
            },
            "accelerator from the catalog")
        ->check(CLI::IsMember(std::vector<std::string>(aiecon::compute::catalog::keys.begin(),
                                                       aiecon::compute::catalog::keys.end())))
        ->default_str(key);
}

// The results of a calculation: a label and a value per row, printed as an
// aligned table or as CSV with the value as a number in a named unit.
class result_table {
public:
    template <class D>
    void add(const std::string& label, aiecon::quantity<D> value, const aiecon::unit<D>& csv_unit) {
        std::ostringstream number;
        number << value.in(csv_unit);
        rows_.push_back(
            {label, aiecon::to_string(value), number.str(), std::string{csv_unit.symbol()}});
    }
    void add(const std::string& label, double value) {
        std::ostringstream text;
        text << value;
        rows_.push_back({label, text.str(), text.str(), ""});
    }
    // A row whose value is text (a name), written as it is in both forms.
    void add_text(const std::string& label, const std::string& text) {
        rows_.push_back({label, text, text, ""});
    }
    void add_heading(const std::string& heading) { rows_.push_back({heading, "", "", ""}); }
    // A line printed under the table (not in the CSV).
    void add_note(const std::string& note) { notes_.push_back(note); }

    void print(std::ostream& os, bool csv) const {
        if (csv) {
            os << "quantity,value,unit\n";
            for (const row& r : rows_) {
                if (r.csv_value.empty()) continue;
                os << csv_field(r.label) << ',' << csv_field(r.csv_value) << ','
                   << csv_field(r.csv_unit) << '\n';
            }
            return;
        }
        std::size_t width = 0;
        for (const row& r : rows_) {
            if (!r.value.empty()) width = std::max(width, r.label.size());
        }
        for (const row& r : rows_) {
            if (r.value.empty()) {
                os << r.label << '\n';
            } else {
                os << "  " << r.label << std::string(width - r.label.size() + 2, ' ') << r.value
                   << '\n';
            }
        }
        for (const std::string& note : notes_) os << note << '\n';
    }

private:
    struct row {
        std::string label;
        std::string value;      // as operator<< writes it
        std::string csv_value;  // a number in csv_unit, or text
        std::string csv_unit;
    };
    // A CSV field, quoted when it holds a comma or a quote (RFC 4180).
    static std::string csv_field(const std::string& text) {
        if (text.find_first_of(",\"") == std::string::npos) return text;
        std::string quoted = "\"";
        for (char c : text) quoted += c == '"' ? std::string{"\"\""} : std::string{c};
        return quoted + '"';
    }
    std::vector<row> rows_;
    std::vector<std::string> notes_;
};

// Parses the command line and runs `calculate`; --help prints the options.
// A bad argument, or input a model rejects, gets one line on stderr and exit
// status 2.
inline int run(CLI::App& app, int argc, char** argv, const std::function<void()>& calculate) {
    try {
        app.parse(argc, argv);
        calculate();
        return 0;
    } catch (const CLI::Success& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        std::cerr << app.get_name() << ": " << error.what() << " (see --help)\n";
    } catch (const std::exception& error) {  // aiecon::parse_error, aiecon::domain_error
        std::cerr << app.get_name() << ": " << error.what() << '\n';
    }
    return 2;
}

// The whole of a calculator's main: a CLI app with the calculator's options
// and --csv, parsed and run; the results printed as a table or as CSV.
template <class Inputs, class AddOptions, class Calculate>
int main_of(int argc, char** argv, const std::string& name, const std::string& description,
            Inputs inputs, AddOptions add_options, Calculate calculate) {
    CLI::App app{description, name};
    add_options(app, inputs);
    bool csv = false;
    app.add_flag("--csv", csv, "write the results as CSV");
    return run(app, argc, argv, [&] { calculate(inputs).print(std::cout, csv); });
}

}  // namespace calculator
