using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacySim.Server.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JoinPolicy",
                table: "Games",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "InviteOnly");

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "Games",
                type: "TEXT",
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
