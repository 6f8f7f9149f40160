using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacySim.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventDisclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Disclosure",
                table: "Events",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UndisclosedPayload",
                table: "Events",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Disclosure",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "UndisclosedPayload",
                table: "Events");
        }
    }
}
