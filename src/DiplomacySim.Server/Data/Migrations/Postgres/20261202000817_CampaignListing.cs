using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacySim.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CampaignListing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Games made before campaigns (the demo, loaded at start-up) stay as they were: members only, by invitation.
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Games",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JoinPolicy",
                table: "Games",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "InviteOnly");

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "Games",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Private");

            migrationBuilder.CreateIndex(
                name: "IX_Games_Visibility",
                table: "Games",
                column: "Visibility");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Games_Visibility",
                table: "Games");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "Games");

            migrationBuilder.DropColumn(
                name: "JoinPolicy",
                table: "Games");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "Games");
        }
    }
}
