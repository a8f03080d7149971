import GRDB
import GRDBSQLite

/// The current row of a statement stepped through SQLite's C API: columns as raw bytes, valid
/// until the next step. Reading millions of narrow rows this way skips GRDB's per-row `Row` and
/// per-value boxing.
struct ScanRow {
    fileprivate let statement: SQLiteStatement

    /// The column's text or blob bytes; nil when it is NULL.
    @inline(__always)
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: sqlite3_column_blob(statement, column), count: count)
    }

    /// The column's text; nil when it is NULL.
    @inline(__always)
    func text(_ column: Int32) -> String? {
        bytes(column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The column as an integer; nil when it is NULL.
    @inline(__always)
    func integer(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }
}

extension Database {
    /// Runs `sql` and hands each row to `body`. A statement run once per query (`cached`) is
    /// prepared once per connection; a long scan's is prepared for the scan.
    func scan(_ sql: String, arguments: StatementArguments = [], cached: Bool = false, _ body: (ScanRow) throws -> Void) throws {
        let statement = try cached ? cachedStatement(sql: sql) : makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: sql)
            }
            try body(ScanRow(statement: handle))
        }
    }
}
