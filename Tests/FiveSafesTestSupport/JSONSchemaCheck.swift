import Foundation

/// Checks JSON files against a schema in `Schemas/` with a real JSON Schema implementation (Python `jsonschema`,
/// Draft 2020-12, from the test venv `make test-deps` installs).
public enum JSONSchemaCheck {
    /// Runs the check: status 0 and stdout `ok <count>` when the schema is itself valid and every file conforms.
    public static func run(_ files: [String], schema name: String) throws -> CommandRunner.Result {
        let schema = Fixtures.repositoryRoot.appendingPathComponent("Schemas/" + name).path
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                validator.validate(json.load(open(path)))
            print("ok", len(sys.argv) - 2)
            """
        return try CommandRunner.runProgram(CommandRunner.python, CommandRunner.pythonArguments(["-c", script, schema] + files))
    }
}
