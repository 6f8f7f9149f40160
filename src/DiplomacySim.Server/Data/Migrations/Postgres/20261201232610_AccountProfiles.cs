using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacySim.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "AspNetUsers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsOperator",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Accounts made before display names existed show their user name until they choose one.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"DisplayName\" = COALESCE(\"UserName\", '')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "IsOperator",
                table: "AspNetUsers");
        }
    }
}
