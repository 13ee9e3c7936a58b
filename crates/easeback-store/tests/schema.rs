//! The schema of both backends can be spread over database nodes by user
//! (Citus, `user_id` as the distribution column): every table says how it
//! would be spread, and every primary key and unique index holds that
//! column, which is what a distributed table needs to keep it unique.
//! A new table or index that breaks this fails here, on SQLite and on
//! PostgreSQL alike.

use easeback_store::{PgStore, SqliteStore};
use easeback_testkit::TempDir;
use std::collections::BTreeMap;

/// How each table that is not keyed by `user_id` would be spread, and why.
const SPREAD_OTHERWISE: &[(&str, &str, &str)] = &[
    ("users", "id", "the person: `id` is the user id itself"),
    (
        "sign_in_emails",
        "email",
        "sign-in starts from an email, so it is found and kept unique by the email",
    ),
    (
        "throttles",
        "key_hash",
        "attempts are counted per hashed email or address, not per user",
    ),
    (
        "kept",
        "id_hash",
        "a short-lived sealed value is found by its token's hash; many belong to nobody signed in",
    ),
];

/// A table as the database describes it.
#[derive(Debug, Default)]
struct Shape {
    columns: Vec<String>,
    /// The primary key and each unique index, as their columns.
    unique_keys: Vec<(String, Vec<String>)>,
}

/// Everything in `schema` that would not distribute; empty when all is well.
fn what_would_not_spread(schema: &BTreeMap<String, Shape>) -> Vec<String> {
    let mut wrong = Vec::new();
    for (table, shape) in schema {
        let planned = SPREAD_OTHERWISE
            .iter()
            .find(|(t, _, _)| t == table)
            .map(|(_, column, _)| *column);
        let column = match planned {
            Some(c) => c,
            None if shape.columns.iter().any(|c| c == "user_id") => "user_id",
            None => {
                wrong.push(format!(
                    "{table} has no user_id column and no plan for how it would be spread"
                ));
                continue;
            }
        };
        if !shape.columns.iter().any(|c| c == column) {
            wrong.push(format!("{table} has no {column} column to be spread by"));
        }
        if shape.unique_keys.is_empty() {
            wrong.push(format!("{table} has no primary key"));
        }
        for (index, columns) in &shape.unique_keys {
            if !columns.iter().any(|c| c == column) {
                wrong.push(format!(
                    "{table}: unique {index} ({}) lacks {column}",
                    columns.join(", ")
                ));
            }
        }
    }
    wrong
}

fn sqlite_schema(path: &str) -> BTreeMap<String, Shape> {
    let c = rusqlite::Connection::open(path).expect("open");
    let strings = |sql: &str| -> Vec<String> {
        let mut st = c.prepare(sql).expect("prepare");
        st.query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    let mut schema = BTreeMap::new();
    for table in strings(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
    ) {
        let mut shape = Shape {
            columns: strings(&format!("SELECT name FROM pragma_table_info('{table}')")),
            ..Shape::default()
        };
        let pk = strings(&format!(
            "SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk"
        ));
        if !pk.is_empty() {
            shape.unique_keys.push(("primary key".into(), pk));
        }
        for index in strings(&format!(
            "SELECT name FROM pragma_index_list('{table}') WHERE \"unique\" = 1 AND origin <> 'pk'"
        )) {
            let columns = strings(&format!("SELECT name FROM pragma_index_info('{index}')"));
            shape.unique_keys.push((index, columns));
        }
        schema.insert(table, shape);
    }
    schema
}

async fn postgres_schema(url: &str, schema_name: &str) -> BTreeMap<String, Shape> {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connect");
    tokio::spawn(conn);
    let mut schema: BTreeMap<String, Shape> = BTreeMap::new();
    for row in client
        .query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = $1 AND table_name <> 'schema_migrations' ORDER BY ordinal_position",
            &[&schema_name],
        )
        .await
        .expect("columns")
    {
        schema
            .entry(row.get(0))
            .or_default()
            .columns
            .push(row.get(1));
    }
    for row in client
        .query(
            "SELECT t.relname::text, ix.relname::text, \
                    array_agg(a.attname::text ORDER BY a.attnum) \
             FROM pg_index i \
             JOIN pg_class t ON t.oid = i.indrelid \
             JOIN pg_class ix ON ix.oid = i.indexrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace \
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey) \
             WHERE n.nspname = $1 AND i.indisunique AND t.relname <> 'schema_migrations' \
             GROUP BY t.relname, ix.relname",
            &[&schema_name],
        )
        .await
        .expect("indexes")
    {
        let table: String = row.get(0);
        if let Some(shape) = schema.get_mut(&table) {
            shape.unique_keys.push((row.get(1), row.get(2)));
        }
    }
    schema
}

#[tokio::test]
async fn every_sqlite_table_and_unique_index_would_spread_by_user() {
    let dir = TempDir::new("schema-sqlite");
    let path = dir.join("diary.db");
    let p = path.to_str().expect("utf8");
    SqliteStore::open(p).await.expect("open");
    let schema = sqlite_schema(p);
    assert!(schema.contains_key("diary_entries"), "{schema:?}");
    assert_eq!(what_would_not_spread(&schema), Vec::<String>::new());
}

#[tokio::test]
async fn every_postgres_table_and_unique_index_would_spread_by_user() {
    let Ok(url) = std::env::var("EASEBACK_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must set EASEBACK_TEST_POSTGRES_URL"
        );
        eprintln!("EASEBACK_TEST_POSTGRES_URL not set: PostgreSQL schema check skipped");
        return;
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let name = format!("schema_{}_{nanos}", std::process::id());
    PgStore::connect(&url, Some(&name))
        .await
        .expect("connect and migrate");
    let schema = postgres_schema(&url, &name).await;
    let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .expect("admin connect");
    tokio::spawn(conn);
    client
        .batch_execute(&format!("DROP SCHEMA {name} CASCADE"))
        .await
        .expect("drop test schema");
    assert!(schema.contains_key("diary_entries"), "{schema:?}");
    assert_eq!(what_would_not_spread(&schema), Vec::<String>::new());
}

/// The check itself: the two indexes this schema had before it was made
/// ready to spread (a session found by its token alone, a unique email
/// on the users table) are what it must catch.
#[test]
fn a_unique_index_without_the_user_is_caught() {
    let shape = |columns: &[&str], keys: &[(&str, &[&str])]| Shape {
        columns: columns.iter().map(|c| (*c).to_string()).collect(),
        unique_keys: keys
            .iter()
            .map(|(n, cs)| {
                (
                    (*n).to_string(),
                    cs.iter().map(|c| (*c).to_string()).collect(),
                )
            })
            .collect(),
    };
    let mut schema = BTreeMap::new();
    schema.insert(
        "auth_sessions".to_string(),
        shape(
            &["user_id", "token_hash"],
            &[
                ("primary key", &["user_id", "token_hash"]),
                ("auth_sessions_by_token", &["token_hash"]),
            ],
        ),
    );
    schema.insert(
        "users".to_string(),
        shape(
            &["id", "email"],
            &[("primary key", &["id"]), ("users_email_key", &["email"])],
        ),
    );
    schema.insert(
        "notes".to_string(),
        shape(&["id", "text"], &[("primary key", &["id"])]),
    );
    let wrong = what_would_not_spread(&schema);
    assert_eq!(wrong.len(), 3, "{wrong:?}");
    assert!(wrong[0].contains("auth_sessions_by_token"), "{wrong:?}");
    assert!(wrong[1].contains("notes has no user_id"), "{wrong:?}");
    assert!(wrong[2].contains("users_email_key"), "{wrong:?}");
}
