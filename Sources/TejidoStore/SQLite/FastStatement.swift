import Foundation
import GRDB
import GRDBSQLite
import TejidoModel

/// A prepared statement driven through SQLite's C API: bind, step, reset. GRDB prepares and
/// caches it; this skips the per-call argument boxing that dominates when a write runs millions
/// of small statements. Used only inside a GRDB write, on GRDB's connection.
struct FastStatement {
    private let statement: SQLiteStatement
    private var index: Int32 = 0

    init(_ db: Database, _ sql: String) throws {
        self.init(try db.cachedStatement(sql: sql))
    }

    /// Drives a statement the caller keeps alive (see ``BulkStatements``).
    init(_ prepared: Statement) {
        statement = prepared.sqliteStatement
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    mutating func bind(_ value: String) {
        index += 1
        var value = value
        value.withUTF8 { bytes in
            _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
    }

    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bind(_ value: Int?) {
        index += 1
        if let value { sqlite3_bind_int64(statement, index, Int64(value)) } else { sqlite3_bind_null(statement, index) }
    }

    mutating func bind(_ value: Bool?) { bind(value.map { $0 ? 1 : 0 }) }

    mutating func bind(_ bytes: [UInt8]) {
        index += 1
        bytes.withUnsafeBytes { raw in
            _ = sqlite3_bind_blob(statement, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), Self.transient)
        }
    }

    mutating func bindNull() {
        index += 1
        sqlite3_bind_null(statement, index)
    }

    /// Binds an id as its canonical text, formatted on the stack (no `String` is made of it).
    mutating func bind(_ id: UUID) {
        index += 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: UUIDText.count) { buffer in
            UUIDText.write(id, into: buffer)
            _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(UUIDText.count), Self.transient)
        }
    }

    /// Runs the statement to completion.
    mutating func execute(_ db: Database) throws {
        defer {
            sqlite3_reset(statement)
            index = 0
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
        }
    }

    /// Runs a query and returns the first column of the first row as text.
    mutating func text(_ db: Database) throws -> String? {
        defer {
            sqlite3_reset(statement)
            index = 0
        }
        let code = sqlite3_step(statement)
        if code == SQLITE_ROW {
            guard let text = sqlite3_column_text(statement, 0) else { return nil }
            return String(cString: text)
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
        }
        return nil
    }
}

/// A value bound to a ``FastStatement`` parameter.
enum SQLValue {
    case text(String?)
    case integer(Int?)
    case blob([UInt8])

    static func flag(_ value: Bool?) -> SQLValue { .integer(value.map { $0 ? 1 : 0 }) }
}

extension Database {
    /// Runs `sql` once with `values`, through a cached ``FastStatement``.
    func fastExecute(_ sql: String, _ values: SQLValue...) throws {
        var statement = try FastStatement(self, sql)
        for value in values {
            switch value {
            case .text(let text): statement.bind(text)
            case .integer(let number): statement.bind(number)
            case .blob(let bytes): statement.bind(bytes)
            }
        }
        try statement.execute(self)
    }

    /// The first column of the first row of `sql` as text, through a cached ``FastStatement``.
    func fastText(_ sql: String, _ values: SQLValue...) throws -> String? {
        var statement = try FastStatement(self, sql)
        for value in values {
            switch value {
            case .text(let text): statement.bind(text)
            case .integer(let number): statement.bind(number)
            case .blob(let bytes): statement.bind(bytes)
            }
        }
        return try statement.text(self)
    }
}
