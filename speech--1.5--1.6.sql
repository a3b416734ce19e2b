/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit
